package org.kassa.payclient.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A receipt line. Amounts are kopecks. {@code measure} (v1.2.1) defaults to PIECE; items measured otherwise
 * (GRAM, KILOGRAM, LITER…) are refunded only whole.
 *
 * @param price          unit price; may be null (the vendor's availability example sends null)
 * @param quantity       pieces or the measure's units, e.g. 1125.0 grams
 * @param taxAmount      optional tax of the line (v1.2.1)
 */
public record Item(String name, String article, Long price, String currency, BigDecimal quantity, String measure,
                   long totalAmount, Long discountAmount, Long subTotalAmount, String tax, Long taxAmount) {

    public static final String PIECE = "PIECE";
    public static final String RUB = "RUB";

    public Item {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity of '" + name + "' must be positive");
        }
        if (totalAmount < 0) {
            throw new IllegalArgumentException("totalAmount of '" + name + "' must not be negative");
        }
    }

    /** A line sold by the piece. */
    public static Item piece(String name, String article, long price, int quantity, long discount, String tax) {
        long subTotal = price * quantity;
        return new Item(name, article, price, RUB, BigDecimal.valueOf(quantity), PIECE, subTotal - discount,
                discount, subTotal, tax, null);
    }

    /** The measure, PIECE when the server or the sale left it out. */
    public String measureOrPiece() {
        return measure == null ? PIECE : measure;
    }

    public boolean soldByPiece() {
        return PIECE.equals(measureOrPiece());
    }
}
