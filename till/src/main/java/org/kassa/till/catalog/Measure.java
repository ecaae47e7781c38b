package org.kassa.till.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an item is counted, as the Pay API's {@code measure} field names it (v1.2.1; PIECE when absent).
 * Anything other than PIECE is sold by weight or size and refunded only whole.
 */
public enum Measure {
    PIECE, GRAM, KILOGRAM, MILLILITER, LITER, MILLIMETER, CENTIMETER, METER, SQUARE_METER, CUBIC_METER;

    /** The measure named {@code text} (case-insensitive); PIECE for an empty text. */
    public static Optional<Measure> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PIECE);
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean byPiece() {
        return this == PIECE;
    }

    /** The allowed values, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
