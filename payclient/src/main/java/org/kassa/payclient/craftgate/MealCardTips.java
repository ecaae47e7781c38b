package org.kassa.payclient.craftgate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Operator tips for meal-card problems, from the bundle {@code i18n/mealcard-tips} (Russian default,
 * English in {@code _en}). The bundle lives in the top-level src/main/resources and ships with the app.
 */
public final class MealCardTips {

    public static final String BUNDLE = "i18n/mealcard-tips";

    private MealCardTips() {
    }

    /** The tip for {@code key}, or the generic tip naming {@code key} when there is no specific one. */
    public static String tip(Locale locale, String key, Object... args) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return "Meal card operation failed (" + key + "); tips are not installed with this build";
        }
        if (bundle.containsKey(key)) {
            return format(bundle.getString(key), locale, args);
        }
        return format(bundle.getString("unknown"), locale, key);
    }

    /** Apostrophes in the texts are plain text ("customer's"), not MessageFormat quotes. */
    private static String format(String text, Locale locale, Object... args) {
        return new MessageFormat(text.replace("'", "''"), locale).format(args);
    }

    /** Whether a specific tip exists for the key (for tests and diagnostics). */
    public static boolean has(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
