package org.kassa.sandbox.craftgate;

/** How the sandbox spoils its next callbacks, to show that the receiver refuses them. */
public enum CallbackForgery {
    /** A correct callback. */
    NONE,
    /** Hashed with a key other than the merchant's callback key. */
    WRONG_KEY,
    /** Correctly hashed, then the status is changed. */
    TAMPERED_STATUS,
    /** No {@code hash} parameter at all. */
    MISSING_HASH,
    /** {@code hashParams} leaves out {@code status}, which is sent unsigned. */
    UNSIGNED_STATUS
}
