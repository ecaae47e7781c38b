package org.kassa.payclient.api;

/** The answer to cancel and refund: the new reference transaction and the payment's status after it. */
public record OperationResponse(String requestId, String refTransactionId, RefStatus refStatus,
                                String transactionId, TransactionStatus status, Slip slip, String errorCode) {

    /** This answer with another slip (the client puts in the one that keeps its exact text). */
    public OperationResponse withSlip(Slip s) {
        return new OperationResponse(requestId, refTransactionId, refStatus, transactionId, status, s, errorCode);
    }
}
