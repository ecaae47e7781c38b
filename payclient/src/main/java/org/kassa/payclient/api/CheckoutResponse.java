package org.kassa.payclient.api;

/** The answer to checkout: the transaction id to poll, its first status and the slip. */
public record CheckoutResponse(String requestId, String transactionId, TransactionStatus status, Slip slip,
                               String errorCode) {
}
