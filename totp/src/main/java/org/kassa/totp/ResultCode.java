package org.kassa.totp;

/** The vendor's result codes of {@code barcodeVerify}. */
public enum ResultCode {
    /** Koshelek card, valid password, with a Koshelek Pay session. */
    CARDSESSION_AVAILABLE,
    /** Koshelek card, valid password, no session: loyalty only, no Koshelek Pay. */
    CARDSESSION_NOT_AVAILABLE,
    /** Not a Koshelek barcode (no or another prefix): treat as a plain merchant card. */
    ANOTHER_INSTANCE,
    /** Koshelek prefix, but the password is wrong, expired, replayed, missing or malformed. */
    VALIDATION_FAILED
}
