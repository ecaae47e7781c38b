package org.kassa.scanner.wedge;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import org.kassa.scanner.KeyInput;

/**
 * Key presses as a US-layout HID scanner sends them, with the characters a Russian (ЙЦУКЕН) layout would
 * show for them. Key codes are the JDK's own {@link KeyEvent} constants, the numbering JavaFX uses too.
 */
final class Keyboard {

    private static final String US = "qwertyuiop[]asdfghjkl;'zxcvbnm,.";
    private static final String RU = "йцукенгшщзхъфывапролджэячсмитьбю";

    private static final String SHIFTED_DIGITS = ")!@#$%^&*(";

    private final boolean russianLayout;
    private final List<KeyInput> keys = new ArrayList<>();
    private long now;

    private Keyboard(boolean russianLayout, long startNanos) {
        this.russianLayout = russianLayout;
        this.now = startNanos;
    }

    static Keyboard russian(long startNanos) {
        return new Keyboard(true, startNanos);
    }

    static Keyboard us(long startNanos) {
        return new Keyboard(false, startNanos);
    }

    /** Types the text with {@code gapMillis} between keys; GS is sent as Ctrl+], as HID scanners do. */
    Keyboard type(String text, double gapMillis) {
        for (char c : text.toCharArray()) {
            if (c == 0x1D) {
                press(KeyEvent.VK_CLOSE_BRACKET, 'ъ', KeyInput.CTRL, gapMillis);
            } else if (Character.isUpperCase(c)) {
                press(KeyEvent.getExtendedKeyCodeForChar(c), shown(Character.toLowerCase(c), true), KeyInput.SHIFT,
                        gapMillis);
            } else if (SHIFTED_DIGITS.indexOf(c) >= 0) {
                press('0' + SHIFTED_DIGITS.indexOf(c), c, KeyInput.SHIFT, gapMillis);
            } else if (c == '=') {
                press(KeyEvent.VK_EQUALS, '=', 0, gapMillis);
            } else {
                press(KeyEvent.getExtendedKeyCodeForChar(c), shown(c, false), 0, gapMillis);
            }
        }
        return this;
    }

    Keyboard press(int keyCode, char character, int modifiers, double gapMillis) {
        now += (long) (gapMillis * 1_000_000);
        keys.add(new KeyInput(keyCode, character, modifiers, now));
        return this;
    }

    Keyboard enter(double gapMillis) {
        return press(KeyEvent.VK_ENTER, '\n', 0, gapMillis);
    }

    Keyboard tab(double gapMillis) {
        return press(KeyEvent.VK_TAB, '\t', 0, gapMillis);
    }

    long now() {
        return now;
    }

    List<KeyInput> keys() {
        return keys;
    }

    private char shown(char lower, boolean upper) {
        int i = US.indexOf(lower);
        char c = russianLayout && i >= 0 ? RU.charAt(i) : lower;
        return upper ? Character.toUpperCase(c) : c;
    }
}
