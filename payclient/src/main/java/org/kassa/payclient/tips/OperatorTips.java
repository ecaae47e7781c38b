package org.kassa.payclient.tips;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The operator tips catalog: resource bundle {@code i18n/pay-tips} (Russian default, English
 * {@code _en}), which a merchant may edit. Each code has {@code CODE.what} and {@code CODE.next}; a code
 * without an entry gets the generic {@code UNKNOWN} tip, which names the code. {@code {0}} in a text is the
 * code, {@code {1}} the configured number of minutes to wait before retrying.
 */
public final class OperatorTips {

    public static final String BUNDLE = "i18n/pay-tips";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final int retryMinutes;

    private OperatorTips(ResourceBundle bundle, Locale locale, int retryMinutes) {
        this.bundle = bundle;
        this.locale = locale;
        this.retryMinutes = retryMinutes;
    }

    /** The catalog in {@code language} ("ru" or "en"); Russian for anything else. */
    public static OperatorTips forLanguage(String language, int retryMinutes) {
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : RUSSIAN;
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, OperatorTips.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            bundle = null;
        }
        return new OperatorTips(bundle, locale, retryMinutes);
    }

    /** Russian tips with a 5-minute retry hint. */
    public static OperatorTips russian() {
        return forLanguage("ru", 5);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String code) {
        return bundle != null && bundle.containsKey(code + ".what") && bundle.containsKey(code + ".next");
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
        MessageFormat format = new MessageFormat(bundle.getString(key).replace("'", "''"), locale);
        return format.format(new Object[] {code, Integer.toString(retryMinutes)});
    }
}
