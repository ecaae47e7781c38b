package org.kassa.app.ui.mealcard;

import javafx.scene.input.KeyCode;
import org.kassa.app.ui.mealcard.MealCardViewModel.Phase;

/**
 * Keys while the meal-card card is open: Enter goes on, Esc goes back, PgUp/PgDn choose the type, F6 regenerates.
 * Everything else reaches the focused field (or the provider's form, whose own Enter submits it).
 */
public final class MealCardKeys {

    private MealCardKeys() {
    }

    /** Whether the key was taken. */
    public static boolean handle(KeyCode key, MealCardViewModel model) {
        Phase phase = model.phase().get();
        switch (key) {
            case ESCAPE -> model.escape();
            case ENTER -> {
                if (phase == Phase.FORM) {
                    return false;
                }
                model.enter();
            }
            case PAGE_UP -> model.chooseType(-1);
            case PAGE_DOWN -> model.chooseType(1);
            case F6 -> model.regenerate();
            default -> {
                return false;
            }
        }
        return true;
    }
}
