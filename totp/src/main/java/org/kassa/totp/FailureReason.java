package org.kassa.totp;

/** Why a barcode did not pass, beyond the vendor's result code, so the UI can say what to do. */
public enum FailureReason {
    /** The barcode passed, or is simply not a Koshelek barcode. */
    NONE,
    /** The parts after the prefix do not follow the configured layout. */
    MALFORMED,
    /** The password does not match any step in the drift window: wrong, expired or from another key. */
    WRONG_PASSWORD,
    /** The password was already used for this card in a completed sale. */
    REPLAYED
}
