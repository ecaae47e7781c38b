package org.kassa.payclient.api;

/**
 * A status answer (also the body of a postback). {@code errorCode} explains a rejection, e.g.
 * PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER.
 */
public record StatusResponse(String requestId, String transactionId, String refTransactionId,
                             TransactionStatus status, String paymentGroup, String paymentProvider, Slip slip,
                             RefStatus refStatus, String errorCode) {

    /** This answer with another slip (the client puts in the one that keeps its exact text). */
    public StatusResponse withSlip(Slip s) {
        return new StatusResponse(requestId, transactionId, refTransactionId, status, paymentGroup, paymentProvider, s,
                refStatus, errorCode);
    }
}
