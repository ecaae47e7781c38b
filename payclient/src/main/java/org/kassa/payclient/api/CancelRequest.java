package org.kassa.payclient.api;

import org.kassa.payclient.Operation;

/** POST transaction/cancel: always the full amount, only until the payment is paid. */
public record CancelRequest(String requestId, String storeId, String terminalId, String transactionId)
        implements PayRequest {

    @Override
    public Operation operation() {
        return Operation.CANCEL;
    }
}
