package org.kassa.payclient.api;

import java.util.List;
import java.util.Objects;

/** The invoice of a sale; amounts in kopecks. */
public record CheckoutInvoice(String orderId, long totalAmount, Long discountAmount, Long subTotalAmount,
                              List<Item> items) {

    public CheckoutInvoice {
        Objects.requireNonNull(orderId, "orderId");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one item");
        }
    }

    /** An invoice whose totals are the sums of its items. */
    public static CheckoutInvoice of(String orderId, List<Item> items) {
        long total = items.stream().mapToLong(Item::totalAmount).sum();
        long discount = items.stream().mapToLong(i -> i.discountAmount() == null ? 0 : i.discountAmount()).sum();
        return new CheckoutInvoice(orderId, total, discount, total + discount, items);
    }
}
