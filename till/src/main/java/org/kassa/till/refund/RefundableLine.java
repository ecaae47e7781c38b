package org.kassa.till.refund;

import java.math.BigDecimal;

/** A sold line as a refund sees it: sold, already refunded (or being refunded), and left. */
public record RefundableLine(int lineNo, String name, String measure, BigDecimal sold, BigDecimal refunded,
                            BigDecimal left, long totalKopecks) {
}
