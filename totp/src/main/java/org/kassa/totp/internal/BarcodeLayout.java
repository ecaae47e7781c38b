package org.kassa.totp.internal;

import org.kassa.totp.TotpSettings;

/**
 * Splits a barcode into {@code prefix + cardNumber + delimiter + [cardSession + delimiter] + password}
 * (docs/contracts.md#barcode-layout). Pure parsing: no password check, never throws.
 */
final class BarcodeLayout {

    static final int MAX_CARD_NUMBER_LENGTH = 32;

    /** The parts of a barcode that starts with the prefix; {@code cardNumber} is null when unparseable. */
    record Parts(String cardNumber, String cardSession, String password, boolean wellFormed) {
    }

    private final TotpSettings settings;

    BarcodeLayout(TotpSettings settings) {
        this.settings = settings;
    }

    boolean hasPrefix(String barcode) {
        return barcode != null && barcode.startsWith(settings.prefix());
    }

    /** Parses a barcode known to start with the prefix. */
    Parts parse(String barcode) {
        String delimiter = settings.delimiter();
        int start = settings.prefix().length();
        int first = barcode.indexOf(delimiter, start);
        String card = first < 0 ? barcode.substring(start) : barcode.substring(start, first);
        String cardNumber = isCardNumber(card) ? card : null;
        if (first < 0 || cardNumber == null) {
            return new Parts(cardNumber, null, null, false);
        }
        int afterFirst = first + delimiter.length();
        int second = barcode.indexOf(delimiter, afterFirst);
        if (second < 0) {
            String password = barcode.substring(afterFirst);
            return new Parts(cardNumber, null, password, isPassword(password));
        }
        String session = barcode.substring(afterFirst, second);
        String password = barcode.substring(second + delimiter.length());
        boolean wellFormed = isSession(session) && isPassword(password);
        return new Parts(cardNumber, wellFormed ? session : null, password, wellFormed);
    }

    private static boolean isCardNumber(String s) {
        return !s.isEmpty() && s.length() <= MAX_CARD_NUMBER_LENGTH && allLatinLettersOrDigits(s);
    }

    private boolean isSession(String s) {
        return s.length() == settings.cardSessionLength() && allLatinLettersOrDigits(s);
    }

    private boolean isPassword(String s) {
        if (s.length() != settings.passLength()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allLatinLettersOrDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
