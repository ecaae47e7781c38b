package org.kassa.payclient;

import org.kassa.payclient.tips.OperatorTip;

/**
 * The server answered and refused: HTTP 422 {@code {code, details}} or HTTP 200 with {@code errorCode}.
 * The outcome is known: nothing was done (or, for a status errorCode, the payment was rejected).
 */
public final class PayBusinessException extends PayException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String details;

    public PayBusinessException(Operation operation, String requestId, int httpStatus, String details,
                                OperatorTip tip) {
        super(operation, requestId, tip, "HTTP " + httpStatus + " " + tip.code(), null);
        this.httpStatus = httpStatus;
        this.details = details;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The vendor's explanation (Russian), or null. */
    public String details() {
        return details;
    }

    @Override
    public boolean outcomeUnknown() {
        return false;
    }
}
