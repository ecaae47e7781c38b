package org.kassa.app.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * The screenshot tour's keyboard: a {@link Keyboard} that pauses before each control key, so the wedge never
 * takes it for the tail of a scan, and that checks a typed text reached its field before pressing Enter (on a
 * busy machine a person's keys can be held and replayed; a tour has to end with the screen its picture names).
 */
final class TourKeys {

    private static final long PAUSE_MILLIS = 250;

    private final ScreenCamera camera;
    private final Keyboard keyboard;

    TourKeys(ScreenCamera camera) {
        this.camera = camera;
        this.keyboard = new Keyboard(ScreenshotTour::onFx, camera.window().scene());
    }

    void press(KeyCode key) throws InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        keyboard.press(key);
    }

    void pressWithControl(KeyCode key) throws InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        keyboard.pressWithControl(key);
    }

    void scan(String code) throws InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        keyboard.scan(code);
    }

    /** Types into the focused field, then waits until it holds {@code text} (retyped up to three times). */
    void type(String field, String text) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Thread.sleep(PAUSE_MILLIS);
            ScreenshotTour.onFx(() -> input(field).clear());
            keyboard.typeAsPerson(text, false);
            try {
                camera.await(() -> text.equals(input(field).getText()), 3, field + " holding " + text);
                return;
            } catch (AssertionError lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /** {@link #type}, then Enter. */
    void enter(String field, String text) throws Exception {
        type(field, text);
        press(KeyCode.ENTER);
    }

    /** Keys a field takes as they come (Space ticks a refund line), with no check. */
    void typeRaw(String text) throws InterruptedException {
        Thread.sleep(PAUSE_MILLIS);
        keyboard.typeAsPerson(text, false);
    }

    private TextInputControl input(String field) {
        return (TextInputControl) camera.window().scene().lookup(field);
    }
}
