package org.kassa.app.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ui.key.*}: which key starts each action of the till window. Values are JavaFX key names (KeyCode), kept
 * as text so the configuration needs no JavaFX; only keys that type nothing and that the till does not use
 * itself are allowed (typing keys would reach the sale input; Esc, Enter, arrows and Del have fixed roles).
 *
 * @param byAction the key name of each action ({@link #ACTIONS}), e.g. {@code koshelek → F12}
 */
public record UiKeys(Map<String, String> byAction) {

    /** The configurable actions, in the order of the configuration file. */
    public static final List<String> ACTIONS = List.of("koshelek", "cash", "refund", "reports", "mealcard",
            "settings", "help");

    /** F9 (theme) and F10 (language) are the till's own. */
    static final List<String> ALLOWED = allowed();

    public UiKeys {
        byAction = Collections.unmodifiableMap(new LinkedHashMap<>(byAction));
    }

    /** The key name for an action, e.g. {@code key("cash")} = {@code F11}. */
    public String key(String action) {
        String key = byAction.get(action);
        if (key == null) {
            throw new IllegalArgumentException("no ui.key." + action);
        }
        return key;
    }

    static UiKeys read(ConfigFile c) {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> actionOfKey = new LinkedHashMap<>();
        for (String action : ACTIONS) {
            String setting = "ui.key." + action;
            String value = c.string(setting).toUpperCase(Locale.ROOT);
            if (!ALLOWED.contains(value)) {
                String near = ConfigFile.closest(value, ALLOWED);
                throw c.problem(setting, "'" + c.string(setting) + "' is not allowed; allowed: F1..F24 except F9 "
                        + "and F10, INSERT, HOME, END, PAGE_UP, PAGE_DOWN" + (near == null ? "" : "; did you mean "
                        + near + "?"));
            }
            String other = actionOfKey.putIfAbsent(value, action);
            if (other != null) {
                throw c.problem(setting, "'" + c.string(setting) + "' is already the key of ui.key." + other
                        + "; allowed: a key no other ui.key.* setting uses");
            }
            keys.put(action, value);
        }
        return new UiKeys(keys);
    }

    private static List<String> allowed() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            if (i != 9 && i != 10) {
                keys.add("F" + i);
            }
        }
        keys.addAll(List.of("INSERT", "HOME", "END", "PAGE_UP", "PAGE_DOWN"));
        return List.copyOf(keys);
    }
}
