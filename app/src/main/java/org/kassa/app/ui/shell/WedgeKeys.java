package org.kassa.app.ui.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kassa.scanner.KeyInput;
import org.kassa.scanner.wedge.KeyboardWedgeSource;

/**
 * The scene-level key filter in front of everything: each key press goes to the keyboard-wedge source first,
 * wherever the focus is. Keys the wedge holds are swallowed (with their KEY_TYPED and KEY_RELEASED); when they
 * turn out to be a person typing, they are typed into the focused control, in order.
 */
final class WedgeKeys implements EventHandler<KeyEvent> {

    private final KeyboardWedgeSource wedge;
    private final Scene scene;
    private final Set<KeyCode> swallowRelease = new HashSet<>();
    private boolean swallowTyped;
    private boolean replaying;

    WedgeKeys(KeyboardWedgeSource wedge, Scene scene) {
        this.wedge = wedge;
        this.scene = scene;
        wedge.onHumanKeys(this::human);
    }

    void install() {
        scene.addEventFilter(KeyEvent.ANY, this);
    }

    void remove() {
        scene.removeEventFilter(KeyEvent.ANY, this);
    }

    @Override
    public void handle(KeyEvent e) {
        if (replaying) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            swallowTyped = wedge.offer(toInput(e));
            if (swallowTyped) {
                swallowRelease.add(e.getCode());
                e.consume();
            }
        } else if (e.getEventType() == KeyEvent.KEY_TYPED && swallowTyped) {
            swallowTyped = false;
            e.consume();
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED && swallowRelease.remove(e.getCode())) {
            e.consume();
        }
    }

    static KeyInput toInput(KeyEvent e) {
        int modifiers = (e.isShiftDown() ? KeyInput.SHIFT : 0) | (e.isControlDown() ? KeyInput.CTRL : 0)
                | (e.isAltDown() ? KeyInput.ALT : 0) | (e.isMetaDown() ? KeyInput.META : 0);
        String text = e.getText();
        char character = text == null || text.isEmpty() ? KeyInput.NO_CHARACTER : text.charAt(0);
        return new KeyInput(e.getCode().getCode(), character, modifiers, System.nanoTime());
    }

    /** Held keys that were a person typing: typed into the focused control now (on the FX thread). */
    private void human(List<KeyInput> keys) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            retype(keys);
        } else {
            javafx.application.Platform.runLater(() -> retype(keys));
        }
    }

    private void retype(List<KeyInput> keys) {
        Node target = scene.getFocusOwner();
        if (target == null) {
            return;
        }
        replaying = true;
        try {
            for (KeyInput key : keys) {
                if (key.character() != KeyInput.NO_CHARACTER) {
                    String c = String.valueOf(key.character());
                    Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, c, "", KeyCode.UNDEFINED,
                            key.shift(), key.ctrl(), key.alt(), false));
                }
            }
        } finally {
            replaying = false;
        }
    }
}
