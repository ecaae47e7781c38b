package org.kassa.app.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * The app's operator-facing text: {@code i18n/messages} in the top-level resources (Russian by default, English
 * in {@code messages_en}; overrides in {@code i18n/overrides/messages(_en).properties}), by the one language rule.
 */
public final class Messages {

    public static final String BUNDLE = "i18n/messages";

    private Messages() {
    }

    /** The bundle for a language; any language other than English gets Russian, never the JVM's default. */
    public static ResourceBundle bundle(Locale locale) {
        return TextBundle.load(BUNDLE, Language.of(locale)).asResourceBundle();
    }
}
