package org.kassa.payclient.craftgate;

import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * Operator tips for meal-card problems, from the bundle {@code org/kassa/payclient/i18n/mealcard-tips} in this
 * module's jar (Russian default, English in {@code _en}); a merchant rewords a tip in
 * {@code i18n/overrides/mealcard-tips(_en).properties} (see {@link TextBundle}).
 */
public final class MealCardTips {

    public static final String BUNDLE = "org/kassa/payclient/i18n/mealcard-tips";

    private MealCardTips() {
    }

    /** The tip for {@code key}, or the generic tip naming {@code key} when there is no specific one. */
    public static String tip(Locale locale, String key, Object... args) {
        TextBundle bundle = bundle(locale);
        return bundle.has(key) ? bundle.text(key, args) : bundle.text("unknown", key);
    }

    /** Whether a specific tip exists for the key (for tests and diagnostics). */
    public static boolean has(Locale locale, String key) {
        return bundle(locale).has(key);
    }

    private static TextBundle bundle(Locale locale) {
        return TextBundle.load(BUNDLE, Language.of(locale));
    }
}
