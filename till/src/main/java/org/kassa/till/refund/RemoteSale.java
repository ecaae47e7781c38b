package org.kassa.till.refund;

import java.util.List;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;

/**
 * A sale made at another till of the shop, as the shop's central store holds it: its rows exactly as that till
 * stored them (same ids, its till id), so this till can copy them and refund them with its own code.
 *
 * @param shiftId  the shift of the till that sold it, or null
 * @param payments its tenders (only final ones are copied: another till's unfinished payment is not ours to resume)
 */
public record RemoteSale(SaleRow sale, String shiftId, List<SaleLineRow> lines, List<PaymentRow> payments) {

    public RemoteSale {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }
}
