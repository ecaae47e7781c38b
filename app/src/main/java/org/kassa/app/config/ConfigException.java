package org.kassa.app.config;

/**
 * A configuration value that cannot be used. The message names where the value came from (file and key,
 * or command-line flag), what is wrong and what is allowed; it never repeats a secret.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The configuration key, e.g. {@code totp.passLength}. */
    public String key() {
        return key;
    }
}
