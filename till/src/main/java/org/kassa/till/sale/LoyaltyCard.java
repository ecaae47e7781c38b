package org.kassa.till.sale;

import java.util.Objects;
import org.kassa.totp.BarcodeResult;
import org.kassa.totp.ResultCode;

/**
 * The customer's loyalty card attached to a sale. {@code number} goes to the Pay API as the loyalty id and is
 * kept in memory only; the store and every printout get {@link #masked()}.
 *
 * @param number  the card number
 * @param session the one-time card session (Koshelek Pay possible), or null
 * @param scan    the verified scan that produced it (confirmed as used once a payment is sent), or null for an
 *                old card without a TOTP barcode
 */
public record LoyaltyCard(String number, String session, BarcodeResult scan) {

    public LoyaltyCard {
        Objects.requireNonNull(number, "number");
    }

    public static LoyaltyCard of(BarcodeResult result) {
        return new LoyaltyCard(result.cardNumber(), result.cardSession(), result);
    }

    /** A card from before the Koshelek integration: no session, no password (docs/contracts.md#old-cards). */
    public static LoyaltyCard plain(String number) {
        return new LoyaltyCard(number, null, null);
    }

    public boolean koshelekPayOffered() {
        return session != null;
    }

    public String resultCode() {
        return scan == null ? ResultCode.ANOTHER_INSTANCE.name() : scan.resultCode().name();
    }

    /**
     * What the store, the journal output and receipts show: from 13 characters on, the first 4 and the last 4
     * (like a bank card); shorter numbers keep only the last 4; at least 4 characters are always hidden.
     */
    public String masked() {
        return mask(number);
    }

    public static String mask(String value) {
        int n = value.length();
        if (n >= 13) {
            return value.substring(0, 4) + "*".repeat(n - 8) + value.substring(n - 4);
        }
        int shown = Math.max(0, Math.min(4, n - 4));
        return "*".repeat(Math.max(4, n - shown)) + value.substring(n - shown);
    }

    @Override
    public String toString() {
        return "LoyaltyCard[" + masked() + ", session=" + (session == null ? "none" : "present") + "]";
    }
}
