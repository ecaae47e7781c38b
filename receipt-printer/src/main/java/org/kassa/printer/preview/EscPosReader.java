package org.kassa.printer.preview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an ESC/POS stream into text runs and commands, for the virtual printer's preview. Knows the
 * commands Kassa writes and the common fixed-length ones; an unknown {@code ESC x} or {@code GS x} is
 * skipped as two bytes and reported as such, so a preview never fails.
 */
public final class EscPosReader {

    /** A text run (name {@code TEXT}, raw code-page bytes) or a command with its parameter bytes. */
    public record Token(String name, byte[] data) {
        public int arg(int i) {
            return data[i] & 0xFF;
        }
    }

    private final byte[] s;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    private EscPosReader(byte[] stream) {
        this.s = stream;
    }

    public static List<Token> read(byte[] stream) {
        EscPosReader reader = new EscPosReader(stream);
        reader.run();
        return reader.tokens;
    }

    private void run() {
        while (pos < s.length) {
            int b = s[pos] & 0xFF;
            switch (b) {
                case 0x0A -> take("LF", 1, 0);
                case 0x1B -> escape();
                case 0x1D -> group();
                case 0x1C -> take("FS " + (char) at(1), 2, 2);
                case 0x10 -> take("DLE EOT", 3, 2);
                default -> text();
            }
        }
    }

    private void escape() {
        int c = at(1);
        switch (c) {
            case '@', 'i', 'm' -> take("ESC " + (char) c, 2, 2);
            case 'p' -> take("ESC p", 5, 2);
            case 0x1D -> take("ESC GS " + (char) at(2), 4, 3);
            default -> take("ESC " + (char) c, 3, 2);
        }
    }

    private void group() {
        int c = at(1);
        switch (c) {
            case 'V' -> take("GS V", at(2) >= 65 ? 4 : 3, 2);
            case '(' -> take("GS ( " + (char) at(2), 5 + at(3) + (at(4) << 8), 5);
            case 'k' -> take("GS k", at(2) >= 65 ? 4 + at(3) : barcodeA(), 2);
            case 'v' -> take("GS v 0", 8 + (at(4) + (at(5) << 8)) * (at(6) + (at(7) << 8)), 3);
            default -> take("GS " + (char) c, 3, 2);
        }
    }

    /** Old form {@code GS k m d... NUL}. */
    private int barcodeA() {
        int end = pos + 3;
        while (end < s.length && s[end] != 0) {
            end++;
        }
        return end - pos + 1;
    }

    private void text() {
        int start = pos;
        while (pos < s.length && (s[pos] & 0xFF) >= 0x20) {
            pos++;
        }
        if (pos == start) {
            pos++;
            tokens.add(new Token("CTRL", new byte[] {s[start]}));
            return;
        }
        tokens.add(new Token("TEXT", Arrays.copyOfRange(s, start, pos)));
    }

    /** Adds a command of {@code length} bytes whose parameters start at offset {@code paramsFrom}. */
    private void take(String name, int length, int paramsFrom) {
        int end = Math.min(s.length, pos + length);
        int from = Math.min(end, pos + paramsFrom);
        tokens.add(new Token(name, Arrays.copyOfRange(s, from, end)));
        pos = end;
    }

    private int at(int offset) {
        return pos + offset < s.length ? s[pos + offset] & 0xFF : 0;
    }
}
