package org.kassa.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kassa.printer.EncodingWarning;

/**
 * Text to code-page bytes. A character the code page lacks, and any control character (which would
 * otherwise be read by the printer as a command), becomes {@code ?} and an {@link EncodingWarning}.
 * Single-byte code pages use a lookup table built once per charset, so encoding is a table read per char.
 */
final class TextEncoder {

    private static final int NONE = -1;
    private static final Map<Charset, short[]> TABLES = new ConcurrentHashMap<>();

    private final Charset charset;
    private final short[] table;

    TextEncoder(Charset charset) {
        this.charset = charset;
        this.table = TABLES.computeIfAbsent(charset, TextEncoder::tableOf);
    }

    /** Appends the bytes of {@code text} to {@code out}, adding a warning per unprintable character. */
    void encode(String text, ByteArrayOutputStream out, List<EncodingWarning> warnings) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int b = cp < table.length ? table[cp] : NONE;
            if (b == NONE) {
                warnings.add(new EncodingWarning(cp, text, i, charset.name()));
                b = '?';
            }
            out.write(b);
            i += Character.charCount(cp);
        }
    }

    /**
     * Char to byte, from decoding every byte of the code page: only exact round trips count, no "best fit"
     * look-alikes. Control characters are left out on purpose.
     */
    private static short[] tableOf(Charset charset) {
        short[] table = new short[Character.MAX_VALUE + 1];
        Arrays.fill(table, (short) NONE);
        CharsetEncoder encoder = charset.newEncoder();
        for (int b = 0x20; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            if (decoded.length() != 1) {
                continue;
            }
            char c = decoded.charAt(0);
            if (c == 0x7F || c == '\uFFFD' || Character.isISOControl(c) || !roundTrips(encoder, c, b)) {
                continue;
            }
            table[c] = (short) b;
        }
        return table;
    }

    private static boolean roundTrips(CharsetEncoder encoder, char c, int b) {
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(new char[] {c}));
            return bytes.remaining() == 1 && (bytes.get() & 0xFF) == b;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
