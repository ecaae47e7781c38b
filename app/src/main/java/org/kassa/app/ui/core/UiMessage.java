package org.kassa.app.ui.core;

import java.util.Arrays;

/**
 * A text for the operator kept as a key and arguments, not as a string, so the screen can render it again in
 * the other language when the operator switches at runtime.
 *
 * @param source which bundle the key belongs to
 */
public record UiMessage(Source source, String key, Object... args) {

    /** UI: the window's own bundle (i18n/messages); TILL: the till core's (TillTexts); TEXT: already rendered. */
    public enum Source { UI, TILL, TEXT }

    public static UiMessage ui(String key, Object... args) {
        return new UiMessage(Source.UI, key, args);
    }

    public static UiMessage till(String key, Object... args) {
        return new UiMessage(Source.TILL, key, args);
    }

    /** Text that is already in the operator's language (a server's message). */
    public static UiMessage text(String text) {
        return new UiMessage(Source.TEXT, text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UiMessage m && source == m.source && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * source.hashCode() + key.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return source + ":" + key + Arrays.toString(args);
    }
}
