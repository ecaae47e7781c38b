package org.kassa.payclient.api;

import org.kassa.payclient.Operation;

/** POST transaction/receipt (optional call): shows the fiscal receipt in the customer's app. */
public record ReceiptRequest(String requestId, String transactionId, String storeId, String terminalId,
                             Invoice invoice) implements PayRequest {

    @Override
    public Operation operation() {
        return Operation.RECEIPT;
    }
}
