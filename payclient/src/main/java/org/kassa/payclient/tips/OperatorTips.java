package org.kassa.payclient.tips;

import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * The operator tips catalog: bundle {@code org/kassa/payclient/i18n/pay-tips} in this module's jar (Russian
 * default, English {@code _en}); a merchant rewords a tip in {@code i18n/overrides/pay-tips(_en).properties}
 * (see {@link TextBundle}). Each code has {@code CODE.what} and {@code CODE.next}; a code without an entry gets
 * the generic {@code UNKNOWN} tip, which names the code. {@code {0}} in a text is the code, {@code {1}} the
 * configured number of minutes to wait before retrying.
 */
public final class OperatorTips {

    public static final String BUNDLE = "org/kassa/payclient/i18n/pay-tips";

    private final TextBundle bundle;
    private final int retryMinutes;

    private OperatorTips(TextBundle bundle, int retryMinutes) {
        this.bundle = bundle;
        this.retryMinutes = retryMinutes;
    }

    /** The catalog in {@code language} ("ru" or "en"); Russian for anything else. */
    public static OperatorTips forLanguage(String language, int retryMinutes) {
        return new OperatorTips(TextBundle.load(BUNDLE, Language.of(language)), retryMinutes);
    }

    /** Russian tips with a 5-minute retry hint. */
    public static OperatorTips russian() {
        return forLanguage("ru", 5);
    }

    public Locale locale() {
        return bundle.locale();
    }

    public boolean has(String code) {
        return bundle.has(code + ".what") && bundle.has(code + ".next");
    }

    /** The tip for a code; never null, never throws. */
    public OperatorTip tip(String code) {
        String safe = code == null || code.isBlank() ? "?" : code.strip();
        if (has(safe)) {
            return new OperatorTip(safe, true, text(safe + ".what", safe), text(safe + ".next", safe));
        }
        if (has(TipCodes.UNKNOWN)) {
            return new OperatorTip(safe, false, text(TipCodes.UNKNOWN + ".what", safe),
                    text(TipCodes.UNKNOWN + ".next", safe));
        }
        return new OperatorTip(safe, false, "Koshelek Pay: " + safe + ".", "");
    }

    private String text(String key, String code) {
        return bundle.text(key, code, Integer.toString(retryMinutes));
    }
}
