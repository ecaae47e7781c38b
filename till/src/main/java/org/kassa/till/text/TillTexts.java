package org.kassa.till.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The till core's words for operators and receipts: bundle {@code org/kassa/till/i18n/till} (Russian by
 * default, {@code till_en} for English), looked up without falling back to the JVM's locale so a Russian
 * till on an English system still speaks Russian.
 */
public final class TillTexts {

    public static final String BUNDLE = "org.kassa.till.i18n.till";

    private final ResourceBundle bundle;
    private final Locale locale;

    public TillTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(this.locale.getLanguage()) ? Locale.ENGLISH
                : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args} filled in; a missing key shows itself rather than failing. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** Kopecks as roubles with two decimals, e.g. {@code 1234,50} (ru) or {@code 1234.50} (en). */
    public String money(long kopecks) {
        String sign = kopecks < 0 ? "-" : "";
        long abs = Math.abs(kopecks);
        String separator = "en".equals(locale.getLanguage()) ? "." : ",";
        return sign + abs / 100 + separator + String.format(Locale.ROOT, "%02d", abs % 100);
    }
}
