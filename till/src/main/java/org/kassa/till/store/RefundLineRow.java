package org.kassa.till.store;

import java.math.BigDecimal;
import java.util.Objects;

/** The quantity of one sale line a refund returns, and its amount in kopecks. */
public record RefundLineRow(String refundId, int lineNo, BigDecimal quantity, long amountKopecks) {

    public RefundLineRow {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(quantity, "quantity");
    }
}
