package org.kassa.printer.slip;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Operator- and customer-facing words of slips and reports: resource bundle {@code i18n/slip} (Russian by
 * default, {@code slip_en} for English). The bundle is looked up without falling back to the JVM's default
 * locale, so a Russian till on an English system still prints Russian.
 */
public final class SlipTexts {

    public static final String BUNDLE = "i18n.slip";

    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;

    public SlipTexts(Locale locale) {
        try {
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the slip texts (i18n/slip.properties) are missing from the class path",
                    e);
        }
        this.dateTime = DateTimeFormatter.ofPattern(get("dateTime.pattern"), Locale.ROOT);
    }

    public String get(String key) {
        return bundle.getString(key);
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
