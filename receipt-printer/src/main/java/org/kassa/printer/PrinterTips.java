package org.kassa.printer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Operator advice for printer problems: resource bundle {@code org/kassa/printer/i18n/printer-tips} in this
 * module's jar (Russian by default, {@code _en} English), one text per {@link PrinterTip}, keyed by its name.
 * {@code {0}} in a text is the printer's address. Looked up without falling back to the JVM's locale, so a
 * Russian till on an English system still advises in Russian.
 */
public final class PrinterTips {

    public static final String BUNDLE = "org.kassa.printer.i18n.printer-tips";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundle bundle;
    private final Locale locale;

    private PrinterTips(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The tips in {@code language} ("ru" or "en", as {@code ui.language}); Russian for anything else. */
    public static PrinterTips forLanguage(String language) {
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : RUSSIAN;
        try {
            return new PrinterTips(ResourceBundle.getBundle(BUNDLE, locale, PrinterTips.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the printer tips (" + BUNDLE.replace('.', '/') + ".properties) are "
                    + "missing from the class path; the receipt-printer jar is incomplete", e);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle has its own text for this tip (tests require it for every tip and language). */
    public boolean has(PrinterTip tip) {
        return bundle.containsKey(tip.name()) && !bundle.getString(tip.name()).isBlank();
    }

    /** The advice for {@code tip} at {@code address}. */
    public String text(PrinterTip tip, String address) {
        return new MessageFormat(bundle.getString(tip.name()).replace("'", "''"), locale)
                .format(new Object[] {address});
    }

    /** The advice for a failed job. */
    public String advice(PrinterException failure, String address) {
        return text(failure.tip(), address);
    }

    /** The one-line warning for a job printed without a status answer; it names the fix. */
    public String statusUnknown(String address) {
        return text(PrinterTip.STATUS_UNKNOWN, address);
    }
}
