package org.kassa.printer;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Input of an X (mid-shift) or Z (end-of-shift) report.
 *
 * @param kind        X or Z
 * @param store       store id or name
 * @param terminal    terminal id; may be null
 * @param shiftNumber the shift's number
 * @param openedAt    when the shift was opened
 * @param printedAt   when the report is made
 * @param totals      totals in the order to print
 * @param operations  every Koshelek Pay operation of the shift (docs/contracts.md#pay-api-slip columns)
 * @param training    print a TRAINING banner
 */
public record CashReport(Kind kind, String store, String terminal, int shiftNumber, LocalDateTime openedAt,
        LocalDateTime printedAt, List<Total> totals, List<KoshelekOperation> operations, boolean training) {

    /** X: mid-shift, changes nothing; Z: closes the shift. */
    public enum Kind { X, Z }

    /** What a total counts; its label comes from the slip resource bundle ({@code total.KIND}). */
    public enum TotalKind { SALES, REFUNDS, CANCELS, CASH, KOSHELEK_PAY, NET }

    /** One total line: a kind, a count of operations and an amount in kopecks (may be negative for NET). */
    public record Total(TotalKind kind, int count, long amountKopecks) {
        public Total {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public CashReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(printedAt, "printedAt");
        totals = List.copyOf(totals);
        operations = List.copyOf(operations);
    }
}
