package org.kassa.payclient;

import org.kassa.payclient.tips.OperatorTip;

/** No answer arrived (after the allowed resends): connection refused, reset, timed out, cut short. */
public final class PayNetworkException extends PayException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedServer;
    private final int attempts;

    public PayNetworkException(Operation operation, String requestId, boolean mayHaveReachedServer, int attempts,
                               OperatorTip tip, Throwable cause) {
        super(operation, requestId, tip, (mayHaveReachedServer ? "no answer; the server may have received it"
                : "not delivered") + " after " + attempts + " attempt(s): " + cause.getClass().getSimpleName(), cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
        this.attempts = attempts;
    }

    /** False only when no attempt left this machine (e.g. connection refused on every try). */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    public int attempts() {
        return attempts;
    }

    @Override
    public boolean outcomeUnknown() {
        return mayHaveReachedServer;
    }
}
