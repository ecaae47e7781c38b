package org.kassa.till.catalog;

/** TEMPORARY stand-in until the store branch lands. */
public enum Measure {
    PIECE, GRAM, KILOGRAM, LITER, MILLILITER, METER;

    public boolean wholeOnly() {
        return this == PIECE;
    }
}
