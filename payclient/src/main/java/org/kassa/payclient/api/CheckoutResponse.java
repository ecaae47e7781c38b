package org.kassa.payclient.api;

/** The answer to checkout: the transaction id to poll, its first status and the slip. */
public record CheckoutResponse(String requestId, String transactionId, TransactionStatus status, Slip slip,
                               String errorCode) {

    /** This answer with another slip (the client puts in the one that keeps its exact text). */
    public CheckoutResponse withSlip(Slip s) {
        return new CheckoutResponse(requestId, transactionId, status, s, errorCode);
    }
}
