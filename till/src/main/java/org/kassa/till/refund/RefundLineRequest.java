package org.kassa.till.refund;

import java.math.BigDecimal;

/**
 * One line to refund: its number on the receipt and the quantity (in the line's measure); a null quantity
 * means whatever of the line is still not refunded.
 */
public record RefundLineRequest(int lineNo, BigDecimal quantity) {
}
