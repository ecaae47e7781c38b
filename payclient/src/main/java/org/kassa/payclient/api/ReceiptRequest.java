package org.kassa.payclient.api;

import java.util.Map;
import org.kassa.payclient.Operation;

/**
 * POST transaction/receipt (optional call): shows the fiscal receipt in the customer's app. {@code meta} is the
 * schema's optional free-form object (null: left out).
 */
public record ReceiptRequest(String requestId, String transactionId, String storeId, String terminalId,
                             Invoice invoice, Map<String, Object> meta) implements PayRequest {

    public ReceiptRequest {
        meta = meta == null ? null : Map.copyOf(meta);
    }

    @Override
    public Operation operation() {
        return Operation.RECEIPT;
    }
}
