package org.kassa.payclient.workflow;

import java.math.BigDecimal;

/** One returned line: the index of the item in the original sale and the quantity returned. */
public record RefundLine(int itemIndex, BigDecimal quantity) {

    public static RefundLine of(int itemIndex, long quantity) {
        return new RefundLine(itemIndex, BigDecimal.valueOf(quantity));
    }
}
