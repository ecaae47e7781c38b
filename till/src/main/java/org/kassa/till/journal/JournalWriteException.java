package org.kassa.till.journal;

/**
 * A call could not be journaled, so it must not be sent: thrown by {@link DurableJournal#beforeCall}, which
 * makes the payment client stop before sending and fail the payment with an operator tip.
 */
public final class JournalWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
