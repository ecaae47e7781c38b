package org.kassa.till.refund;

/**
 * The shop's central store is configured but cannot be reached now (server down, network away). The message
 * names the server, never a user or password.
 */
public final class StoreAwayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreAwayException(String message, Throwable cause) {
        super(message, cause);
    }
}
