package org.kassa.printer.slip;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * Operator- and customer-facing words of slips and reports: bundle {@code org/kassa/printer/i18n/slip} in this
 * module's jar (Russian by default, {@code slip_en} for English; overrides in
 * {@code i18n/overrides/slip(_en).properties}), by the one language rule of {@link Language}: a Russian till on
 * an English system still prints Russian.
 */
public final class SlipTexts {

    public static final String BUNDLE = "org/kassa/printer/i18n/slip";

    private final TextBundle bundle;
    private final DateTimeFormatter dateTime;

    public SlipTexts(Locale locale) {
        this.bundle = TextBundle.load(BUNDLE, Language.of(locale));
        this.dateTime = DateTimeFormatter.ofPattern(get("dateTime.pattern"), Locale.ROOT);
    }

    /** The text of {@code key}; a missing key prints as {@code [key]}. */
    public String get(String key) {
        return bundle.text(key);
    }

    public String dateTime(LocalDateTime at) {
        return dateTime.format(at);
    }

    /** Kopecks as money, e.g. {@code 1 234,56 руб.} or {@code 1,234.56 RUB}; negative amounts keep their sign. */
    public String amount(long kopecks) {
        String group = get("amount.groupSeparator");
        long abs = Math.abs(kopecks);
        String units = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(group.isEmpty() ? " " : group);
            }
            grouped.append(units.charAt(i));
        }
        String cents = String.format(Locale.ROOT, "%02d", abs % 100);
        return (kopecks < 0 ? "-" : "") + grouped + get("amount.decimalSeparator") + cents + " " + get("currency");
    }
}
