package org.kassa.payclient.api;

import org.kassa.payclient.Operation;

/** POST transaction/status, for the payment ({@code refTransactionId} null) or a cancel/refund. */
public record StatusRequest(String requestId, String transactionId, String refTransactionId) implements PayRequest {

    @Override
    public Operation operation() {
        return Operation.STATUS;
    }
}
