package org.kassa.payclient;

import org.kassa.payclient.tips.OperatorTip;

/**
 * The journal ({@link CallListener#beforeCall}) could not record an attempt, so that attempt was not sent.
 * The cause is the journal's own exception. {@link #outcomeUnknown()} is true only when an earlier attempt
 * of the same call may have reached the server.
 */
public final class PayJournalException extends PayException {

    private static final long serialVersionUID = 1L;

    private final int attempt;
    private final boolean earlierAttemptMayHaveReachedServer;

    public PayJournalException(Operation operation, String requestId, int attempt,
                               boolean earlierAttemptMayHaveReachedServer, OperatorTip tip, Throwable cause) {
        super(operation, requestId, tip, "the journal could not record attempt " + attempt + "; it was not sent ("
                + cause.getClass().getSimpleName() + ")", cause);
        this.attempt = attempt;
        this.earlierAttemptMayHaveReachedServer = earlierAttemptMayHaveReachedServer;
    }

    /** The attempt (1, 2, …) that was not sent. */
    public int attempt() {
        return attempt;
    }

    @Override
    public boolean outcomeUnknown() {
        return earlierAttemptMayHaveReachedServer;
    }
}
