package org.kassa.till.store;

/** Guards the columns that may hold only a masked card number. */
final class Masked {

    /** At most this many digits may be visible (PCI DSS: the first 6 and the last 4). */
    static final int MAX_VISIBLE_DIGITS = 10;
    /** At least this many characters must be masked ({@code *}, {@code X} or {@code •}). */
    static final int MIN_MASKED = 4;

    private Masked() {
    }

    static void check(String field, String masked) {
        if (masked == null) {
            return;
        }
        long digits = masked.chars().filter(Character::isDigit).count();
        long hidden = masked.chars().filter(c -> c == '*' || c == 'X' || c == 'x' || c == '•').count();
        if (digits > MAX_VISIBLE_DIGITS || hidden < MIN_MASKED) {
            // never echo the value: it may be the full number
            throw new IllegalArgumentException(field + " must be a masked card number (at least " + MIN_MASKED
                    + " characters hidden with *, at most " + MAX_VISIBLE_DIGITS + " digits visible, e.g. "
                    + "************1234), not the full number");
        }
    }
}
