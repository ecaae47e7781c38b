package org.kassa.payclient.workflow;

import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.Invoice;
import org.kassa.payclient.api.ReceiptRequest;
import org.kassa.payclient.api.RequestIds;

/**
 * Sends the fiscal receipt of a paid transaction (optional call, {@code pay.receipt.enabled}). It runs after
 * the fiscal printer has produced the receipt data, so it is a single call with resends rather than a
 * state machine.
 */
public final class ReceiptSender {

    private final PayClient client;

    public ReceiptSender(PayClient client) {
        this.client = client;
    }

    /**
     * @return false when sending receipts is switched off; throws a {@link org.kassa.payclient.PayException}
     *         when the server refuses or does not answer
     */
    public boolean send(String transactionId, Invoice invoice, CallListener calls) {
        if (!client.settings().sendReceipt()) {
            return false;
        }
        var s = client.settings();
        client.receipt(client.prepare(new ReceiptRequest(RequestIds.next(), transactionId, s.storeId(),
                s.terminalId(), invoice, null)), "receipt", calls);
        return true;
    }
}
