package org.kassa.totp;

/** Checks request tokens as the Pay API (and our sandbox) does. Thread-safe. */
public interface TokenVerifier {
    TokenCheck check(String token, byte[] body);
}
