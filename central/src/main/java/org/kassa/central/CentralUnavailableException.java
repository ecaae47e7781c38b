package org.kassa.central;

/** The central store cannot be reached or used now; the till goes on selling and tries again later. */
public final class CentralUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CentralUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
