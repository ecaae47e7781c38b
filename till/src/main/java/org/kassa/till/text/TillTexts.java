package org.kassa.till.text;

import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * The till core's words for operators and receipts: bundle {@code org/kassa/till/i18n/till} in this module's
 * jar (Russian by default, {@code till_en} for English; overrides in {@code i18n/overrides/till(_en).properties}),
 * by the one language rule of {@link Language}: a Russian till on an English system still speaks Russian.
 */
public final class TillTexts {

    public static final String BUNDLE = "org/kassa/till/i18n/till";

    private final TextBundle bundle;

    public TillTexts(Locale locale) {
        this.bundle = TextBundle.load(BUNDLE, Language.of(locale));
    }

    public Locale locale() {
        return bundle.locale();
    }

    /** The text of {@code key} with {@code args} filled in; a missing key shows itself rather than failing. */
    public String get(String key, Object... args) {
        return bundle.text(key, args);
    }

    /** Kopecks as roubles with two decimals, e.g. {@code 1234,50} (ru) or {@code 1234.50} (en). */
    public String money(long kopecks) {
        String sign = kopecks < 0 ? "-" : "";
        long abs = Math.abs(kopecks);
        String separator = "en".equals(locale().getLanguage()) ? "." : ",";
        return sign + abs / 100 + separator + String.format(Locale.ROOT, "%02d", abs % 100);
    }
}
