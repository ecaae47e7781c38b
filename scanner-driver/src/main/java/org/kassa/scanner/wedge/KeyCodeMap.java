package org.kassa.scanner.wedge;

import java.util.HashMap;
import java.util.Map;
import org.kassa.scanner.KeyInput;

/**
 * Turns a key press into the character a US-layout scanner meant, by key code, so the scan is right under
 * a Russian (or any) keyboard layout. Ctrl+letter and Ctrl+] give control characters (GS = Ctrl+]).
 * When the toolkit gives no key code, a Russian ЙЦУКЕН character is mapped back to its key.
 */
final class KeyCodeMap {

    static final int NONE = -1;

    private static final Map<Integer, String> US = new HashMap<>();
    private static final String RU_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюё";
    private static final String US_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    private static final String RU_SHIFTED = "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ";
    private static final String US_SHIFTED = "QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~";

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            US.put((int) c, "" + Character.toLowerCase(c) + c);
        }
        String shiftedDigits = ")!@#$%^&*(";
        for (int d = 0; d <= 9; d++) {
            US.put(0x30 + d, "" + (char) ('0' + d) + shiftedDigits.charAt(d));
            US.put(0x60 + d, "" + (char) ('0' + d) + (char) ('0' + d)); // numeric keypad
        }
        int[] codes = {0x20, 0x2C, 0x2D, 0x2E, 0x2F, 0x3B, 0x3D, 0x5B, 0x5C, 0x5D, 0xC0, 0xDE,
            0x6A, 0x6B, 0x6D, 0x6E, 0x6F};
        String[] pairs = {"  ", ",<", "-_", ".>", "/?", ";:", "=+", "[{", "\\|", "]}", "`~", "'\"",
            "**", "++", "--", "..", "//"};
        for (int i = 0; i < codes.length; i++) {
            US.put(codes[i], pairs[i]);
        }
    }

    private KeyCodeMap() {
    }

    /** The character for a key press, or {@link #NONE} for keys that type nothing (arrows, F-keys, Esc). */
    static int map(KeyInput key) {
        String pair = US.get(key.keyCode());
        if (pair == null) {
            return key.keyCode() == 0 ? fromCharacter(key.character()) : NONE;
        }
        char plain = pair.charAt(0);
        if (key.ctrl() && !key.alt()) {
            return control(plain);
        }
        return key.shift() ? pair.charAt(1) : plain;
    }

    static boolean isModifierOnly(int keyCode) {
        return keyCode == 0x10 || keyCode == 0x11 || keyCode == 0x12 || keyCode == 0x14 || keyCode == 0x9D
                || keyCode == 0x20C; // Shift, Ctrl, Alt, Caps Lock, Meta, Windows
    }

    static boolean isNumpadDigit(int keyCode) {
        return keyCode >= 0x60 && keyCode <= 0x69;
    }

    /** Ctrl+A..Z → 0x01..0x1A, Ctrl+[ \ ] → ESC FS GS (scanners send GS 0x1D as Ctrl+]). */
    private static int control(char plain) {
        if (plain >= 'a' && plain <= 'z') {
            return plain - 'a' + 1;
        }
        return switch (plain) {
            case '[' -> 0x1B;
            case '\\' -> 0x1C;
            case ']' -> 0x1D;
            case '6' -> 0x1E;
            case '-' -> 0x1F;
            default -> NONE;
        };
    }

    private static int fromCharacter(char c) {
        if (c == KeyInput.NO_CHARACTER) {
            return NONE;
        }
        int ru = RU_KEYS.indexOf(c);
        if (ru >= 0) {
            return US_KEYS.charAt(ru);
        }
        int ruShifted = RU_SHIFTED.indexOf(c);
        if (ruShifted >= 0) {
            return US_SHIFTED.charAt(ruShifted);
        }
        return c < 0x20 ? NONE : c;
    }
}
