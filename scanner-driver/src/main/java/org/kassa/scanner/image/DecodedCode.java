package org.kassa.scanner.image;

import org.kassa.scanner.Symbology;

/** A code found in a picture; {@code toString} hides the text, as it may hold a loyalty password. */
public record DecodedCode(String text, Symbology symbology) {

    @Override
    public String toString() {
        return "DecodedCode[" + text.length() + " chars, " + symbology + "]";
    }
}
