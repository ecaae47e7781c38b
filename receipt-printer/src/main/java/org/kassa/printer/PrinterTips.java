package org.kassa.printer;

import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * Operator advice for printer problems: bundle {@code org/kassa/printer/i18n/printer-tips} in this module's jar
 * (Russian by default, {@code _en} English; overrides in {@code i18n/overrides/printer-tips(_en).properties}),
 * one text per {@link PrinterTip}, keyed by its name. {@code {0}} in a text is the printer's address. By the one
 * language rule of {@link Language}: a Russian till on an English system still advises in Russian.
 */
public final class PrinterTips {

    public static final String BUNDLE = "org/kassa/printer/i18n/printer-tips";

    private final TextBundle bundle;

    private PrinterTips(TextBundle bundle) {
        this.bundle = bundle;
    }

    /** The tips in {@code language} ("ru" or "en", as {@code ui.language}); Russian for anything else. */
    public static PrinterTips forLanguage(String language) {
        return new PrinterTips(TextBundle.load(BUNDLE, Language.of(language)));
    }

    public Locale locale() {
        return bundle.locale();
    }

    /** The bundle has its own text for this tip (tests require it for every tip and language). */
    public boolean has(PrinterTip tip) {
        return bundle.has(tip.name()) && !bundle.text(tip.name()).isBlank();
    }

    /** The advice for {@code tip} at {@code address}. */
    public String text(PrinterTip tip, String address) {
        return bundle.text(tip.name(), address);
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
