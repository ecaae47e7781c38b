package org.kassa.payclient;

import org.kassa.payclient.tips.OperatorTip;

/**
 * An answer the client cannot use: an HTTP status outside the API (5xx after resends, 401…) or a body that
 * is not the documented JSON (malformed, truncated, oversized, wrong types).
 */
public final class PayProtocolException extends PayException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    public PayProtocolException(Operation operation, String requestId, int httpStatus, String problem,
                                OperatorTip tip, Throwable cause) {
        super(operation, requestId, tip, "HTTP " + httpStatus + ": " + problem, cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** A server error or an unreadable success may hide a processed request; a 4xx does not. */
    @Override
    public boolean outcomeUnknown() {
        return httpStatus >= 500 || httpStatus == 200 || httpStatus == 201;
    }
}
