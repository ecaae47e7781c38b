package org.kassa.payclient;

import org.kassa.payclient.tips.OperatorTip;

/**
 * Every failure of a Pay API call: a business answer from the server, a network failure, or an answer the
 * client cannot use. Each carries the code and the operator tip; messages never contain secrets.
 */
public abstract sealed class PayException extends RuntimeException
        permits PayBusinessException, PayJournalException, PayNetworkException, PayProtocolException {

    private static final long serialVersionUID = 1L;

    private final transient Operation operation;
    private final String requestId;
    private final transient OperatorTip tip;

    protected PayException(Operation operation, String requestId, OperatorTip tip, String message, Throwable cause) {
        super(operation + " requestId=" + requestId + ": " + message, cause);
        this.operation = operation;
        this.requestId = requestId;
        this.tip = tip;
    }

    public Operation operation() {
        return operation;
    }

    public String requestId() {
        return requestId;
    }

    /** The code the tip explains: the vendor's code or one of Kassa's (see TipCodes). */
    public String code() {
        return tip.code();
    }

    public OperatorTip tip() {
        return tip;
    }

    /**
     * True when the server may have carried out the request although no usable answer came: resend the
     * same request (same requestId, same bytes) before anything else.
     */
    public abstract boolean outcomeUnknown();
}
