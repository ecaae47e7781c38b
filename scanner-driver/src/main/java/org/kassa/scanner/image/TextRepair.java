package org.kassa.scanner.image;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * DataMatrix and code128 carry bytes that ZXing shows as ISO-8859-1 when no ECI says otherwise. If those
 * bytes are valid UTF-8 with at least one multi-byte character (Cyrillic text from a UTF-8 generator),
 * the UTF-8 reading is the one the printer meant; anything else is left exactly as it was.
 */
final class TextRepair {

    private TextRepair() {
    }

    static String utf8(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
    }
}
