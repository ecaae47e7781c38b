package org.kassa.app.ui.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.kassa.app.config.UiKeys;

/**
 * The window's configurable keys ({@code ui.key.*}): which action a key starts, and the key's name for the
 * labels on buttons. Actions are the names of {@link UiKeys#ACTIONS} ({@code koshelek}, {@code cash}, …).
 */
public final class KeyMap {

    private final UiKeys keys;
    private final Map<KeyCode, String> actions = new EnumMap<>(KeyCode.class);

    public KeyMap(UiKeys keys) {
        this.keys = keys;
        keys.byAction().forEach((action, name) -> actions.put(KeyCode.valueOf(name), action));
    }

    /** The action {@code key} starts, if it is one of the configured keys. */
    public Optional<String> action(KeyCode key) {
        return Optional.ofNullable(actions.get(key));
    }

    /** Whether {@code key} is the key of {@code action}. */
    public boolean is(KeyCode key, String action) {
        return action.equals(actions.get(key));
    }

    /** The key's label for a button or the help, e.g. {@code F12} or {@code PgUp}. */
    public String label(String action) {
        KeyCode code = KeyCode.valueOf(keys.key(action));
        return code.isFunctionKey() ? code.name() : code.getName();
    }
}
