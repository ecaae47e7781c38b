package org.kassa.payclient.api;

import java.util.List;
import org.kassa.payclient.Operation;

/** POST transaction/refund: the returned items and quantities and their total in kopecks. */
public record RefundRequest(String requestId, String transactionId, String storeId, String terminalId,
                            long refundAmount, String currency, List<Item> items) implements PayRequest {

    public RefundRequest {
        items = List.copyOf(items);
    }

    @Override
    public Operation operation() {
        return Operation.REFUND;
    }
}
