package org.kassa.scanner;

/**
 * A key press as the UI toolkit saw it, without any toolkit type: what the keyboard-wedge source needs.
 * The UI feeds every KEY_PRESSED event of the window to the wedge (a scene-level filter), so a scan is
 * caught wherever the focus is. When the wedge takes a key press, the UI also swallows the KEY_TYPED and
 * KEY_RELEASED events that belong to it.
 *
 * @param keyCode        the layout-independent key code, numbered as {@code java.awt.event.KeyEvent.VK_*}
 *                       and JavaFX {@code KeyCode.getCode()} (A = 0x41, ENTER = 10); 0 when unknown
 * @param character      the character the current keyboard layout produced, {@link #NO_CHARACTER} if none
 * @param modifiers      a bit set of {@link #SHIFT}, {@link #CTRL}, {@link #ALT}, {@link #META}
 * @param timestampNanos when the key was pressed, on the {@link System#nanoTime()} clock
 */
public record KeyInput(int keyCode, char character, int modifiers, long timestampNanos) {

    public static final char NO_CHARACTER = '\uFFFF';
    public static final int SHIFT = 1;
    public static final int CTRL = 2;
    public static final int ALT = 4;
    public static final int META = 8;

    public static final int VK_TAB = 0x09;
    public static final int VK_ENTER = 0x0A;

    public boolean shift() {
        return (modifiers & SHIFT) != 0;
    }

    public boolean ctrl() {
        return (modifiers & CTRL) != 0;
    }

    public boolean alt() {
        return (modifiers & ALT) != 0;
    }
}
