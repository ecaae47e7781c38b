package org.kassa.app.ui;

import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;

/**
 * Key presses into the real scene, as a keyboard produces them (KEY_PRESSED with its text, KEY_TYPED,
 * KEY_RELEASED, to the focused control through the scene's filters): a person with a pause between keys, or a
 * keyboard-wedge scanner with all keys of a code in one burst.
 */
public final class Keyboard {

    /** Slower than the wedge's 40 ms gap: a person typing. */
    public static final long HUMAN_GAP_MILLIS = 90;

    private final Consumer<Runnable> onFx;
    private final Scene scene;

    public Keyboard(FxRobot robot, Scene scene) {
        this(robot::interact, scene);
    }

    /** @param onFx runs an action on the FX thread and returns when it is done */
    public Keyboard(Consumer<Runnable> onFx, Scene scene) {
        this.onFx = onFx;
        this.scene = scene;
    }

    /** A person types {@code text} (then Enter if asked), one key every {@link #HUMAN_GAP_MILLIS}. */
    public void typeAsPerson(String text, boolean enter) throws InterruptedException {
        for (char c : text.toCharArray()) {
            onFx.accept(() -> key(c));
            Thread.sleep(HUMAN_GAP_MILLIS);
        }
        if (enter) {
            press(KeyCode.ENTER);
        }
    }

    /** A wedge scanner sends {@code code} and Enter in one burst (microseconds between keys). */
    public void scan(String code) {
        onFx.accept(() -> {
            for (char c : code.toCharArray()) {
                key(c);
            }
            fire(KeyCode.ENTER, "\r", '\r');
        });
    }

    /** A function or control key (F12, Esc, Enter…), pressed and released. */
    public void press(KeyCode code) {
        onFx.accept(() -> fire(code, "", KeyEvent.CHAR_UNDEFINED.charAt(0)));
    }

    /** A function key held with Ctrl (Ctrl+F5), pressed and released. */
    public void pressWithControl(KeyCode code) {
        onFx.accept(() -> fire(code, "", KeyEvent.CHAR_UNDEFINED.charAt(0), true));
    }

    private void key(char c) {
        KeyCode code;
        if (Character.isDigit(c)) {
            code = KeyCode.getKeyCode(String.valueOf(c));
        } else if (Character.isLetter(c)) {
            code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        } else {
            code = switch (c) {
                case '=' -> KeyCode.EQUALS;
                case '*' -> KeyCode.MULTIPLY;
                case ',' -> KeyCode.COMMA;
                case '.' -> KeyCode.PERIOD;
                case '-' -> KeyCode.MINUS;
                case ' ' -> KeyCode.SPACE;
                default -> throw new IllegalArgumentException("no key for '" + c + "' in this test keyboard");
            };
        }
        fire(code, String.valueOf(c), c);
    }

    private void fire(KeyCode code, String text, char typed) {
        fire(code, text, typed, false);
    }

    private void fire(KeyCode code, String text, char typed, boolean control) {
        boolean shift = Character.isUpperCase(typed);
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, code, shift,
                control, false, false));
        if (!text.isEmpty()) {
            Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED, shift,
                    false, false, false));
        }
        Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, text, code, shift,
                control, false, false));
    }
}
