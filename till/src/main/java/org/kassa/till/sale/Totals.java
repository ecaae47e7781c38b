package org.kassa.till.sale;

/**
 * What the customer pays, in kopecks: {@code total = subTotal - lineDiscounts - basketDiscount}.
 */
public record Totals(long subTotal, long lineDiscounts, long basketDiscount, long total) {

    public long discount() {
        return lineDiscounts + basketDiscount;
    }
}
