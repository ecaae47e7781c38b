package org.kassa.totp;

/** The outcome of checking a request token against the exact body bytes it should cover. */
public enum TokenCheck {
    VALID,
    /** Not of the shape Base64(fingerprint) + digits. */
    MALFORMED,
    /** Well formed, but it was made for other body bytes, another key, or too long ago. */
    MISMATCH
}
