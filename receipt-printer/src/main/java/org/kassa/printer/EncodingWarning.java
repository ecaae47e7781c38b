package org.kassa.printer;

/**
 * A character the printer's code page cannot print; it was printed as {@code ?}.
 *
 * @param codePoint the Unicode code point, e.g. U+20BD for the rouble sign
 * @param text      the text it was in
 * @param index     its char index in {@code text}
 * @param charset   the code page's Java charset name
 */
public record EncodingWarning(int codePoint, String text, int index, String charset) {

    /** E.g. {@code U+20BD '₽' cannot be printed in IBM866 (in "Итого 5 ₽"); printed as '?'}. */
    public String message() {
        return String.format("U+%04X '%s' cannot be printed in %s (in \"%s\"); printed as '?'",
                codePoint, new String(Character.toChars(codePoint)), charset, text);
    }
}
