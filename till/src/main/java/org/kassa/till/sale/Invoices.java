package org.kassa.till.sale;

import java.util.ArrayList;
import java.util.List;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Item;

/**
 * Turns a sale into the Pay API's invoice. The API has no basket discount, only per-item discounts, so the
 * basket discount is spread over the lines in proportion to their totals (largest remainders get the spare
 * kopecks): the items then add up exactly to what the customer pays.
 */
public final class Invoices {

    private Invoices() {
    }

    public static CheckoutInvoice of(Sale sale) {
        List<SaleLine> lines = sale.activeLines();
        if (lines.isEmpty()) {
            throw new SaleRuleException("sale.empty", sale.orderId());
        }
        long[] share = spread(sale.basketDiscount(), lines);
        List<Item> items = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SaleLine line = lines.get(i);
            long discount = line.discount() + share[i];
            items.add(new Item(line.name(), line.article() == null ? "free-" + line.lineNo() : line.article(),
                    line.price(), Item.RUB, line.quantity(), line.measure(), line.subTotal() - discount, discount,
                    line.subTotal(), line.vat(), null));
        }
        return CheckoutInvoice.of(sale.orderId(), items);
    }

    /** {@code amount} split over the lines' totals; the parts sum to {@code amount} and never exceed a line. */
    static long[] spread(long amount, List<SaleLine> lines) {
        long[] parts = new long[lines.size()];
        long base = lines.stream().mapToLong(SaleLine::total).sum();
        if (amount == 0 || base == 0) {
            return parts;
        }
        long given = 0;
        long[] remainders = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long weighted = Math.multiplyExact(amount, lines.get(i).total());
            parts[i] = weighted / base;
            remainders[i] = weighted % base;
            given += parts[i];
        }
        for (long left = amount - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
