package org.kassa.payclient.api;

/** Shows only the last characters of card numbers and sessions. */
final class Masking {

    private Masking() {
    }

    static String tail(String secret) {
        if (secret == null) {
            return "null";
        }
        int keep = Math.min(4, secret.length() / 3);
        return "*".repeat(Math.max(0, secret.length() - keep)) + secret.substring(secret.length() - keep);
    }
}
