package org.kassa.till.loyalty;

/** EAN-8, UPC-A (12) and EAN-13 check digits (GS1 mod 10). */
final class RetailBarcodes {

    private RetailBarcodes() {
    }

    static boolean isEanOrUpc(String code) {
        int n = code.length();
        if ((n != 8 && n != 12 && n != 13) || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < n - 1; i++) {
            int digit = code.charAt(n - 2 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10 == code.charAt(n - 1) - '0';
    }
}
