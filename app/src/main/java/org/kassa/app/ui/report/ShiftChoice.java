package org.kassa.app.ui.report;

import java.time.Instant;
import org.kassa.till.store.ShiftRow;

/**
 * A report the operator can choose: the open shift's X report, or the stored Z report of a closed shift.
 *
 * @param closedAt null for the open shift
 */
public record ShiftChoice(boolean x, int number, Instant openedAt, Instant closedAt) {

    static ShiftChoice of(ShiftRow shift) {
        return new ShiftChoice(shift.open(), shift.number(), shift.openedAt(), shift.closedAt());
    }
}
