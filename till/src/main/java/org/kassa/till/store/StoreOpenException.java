package org.kassa.till.store;

/**
 * The till database could not be opened. The message is one line for the operator: the path or URL, what is
 * wrong and what to do (folder not writable, in use by another running till, written by a newer Kassa).
 */
public final class StoreOpenException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreOpenException(String message) {
        super(message);
    }
}
