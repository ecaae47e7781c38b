package org.kassa.app.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** Operator-facing text: Russian by default ({@code messages.properties}), English in {@code messages_en}. */
public final class Messages {

    private static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    /** The bundle for a language; any language other than English gets Russian, never the JVM's default. */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
