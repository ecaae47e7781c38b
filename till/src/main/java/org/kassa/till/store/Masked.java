package org.kassa.till.store;

/** Guards the columns that may hold only a masked card number. */
final class Masked {

    /** At most this many digits may be visible in a masked number. */
    static final int MAX_VISIBLE_DIGITS = 6;

    private Masked() {
    }

    static void check(String field, String masked) {
        if (masked == null) {
            return;
        }
        long digits = masked.chars().filter(Character::isDigit).count();
        if (digits > MAX_VISIBLE_DIGITS) {
            // never echo the value: it may be the full number
            throw new IllegalArgumentException(field + " must be a masked card number (at most "
                    + MAX_VISIBLE_DIGITS + " digits visible, e.g. ************1234), not the full number");
        }
    }
}
