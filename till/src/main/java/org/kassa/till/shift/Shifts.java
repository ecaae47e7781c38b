package org.kassa.till.shift;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kassa.till.report.ReportJson;
import org.kassa.till.report.ReportMaker;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.ShiftRow;
import org.kassa.till.store.TillStore;

/**
 * Shifts of one till (docs/decisions/0132): open with the starting cash, X reports while open, close with the
 * counted cash, which makes, stores and returns the shift's Z report (numbered as the shift, made once). Who
 * opens or closes is an approved user, written to the audit trail.
 */
public final class Shifts {

    private final TillStore store;
    private final String tillId;
    private final Clock clock;
    private final Staff staff;
    private final ReportMaker reports;

    public Shifts(TillStore store, String tillId, Clock clock, Staff staff) {
        this.store = store;
        this.tillId = tillId;
        this.clock = clock;
        this.staff = staff;
        this.reports = new ReportMaker(store, clock);
    }

    /** The open shift, if any. */
    public Optional<ShiftRow> current() {
        return store.shifts().findOpen(tillId);
    }

    /** Opens the next shift. */
    public ShiftRow open(Approval by, long startingCash, boolean training) {
        require(by);
        if (startingCash < 0) {
            throw new SaleRuleException("shift.cash.negative");
        }
        current().ifPresent(s -> {
            throw new SaleRuleException("shift.alreadyOpen", s.number());
        });
        ShiftRow shift;
        try {
            shift = store.shifts().open(tillId, clock.instant(), by.login(), startingCash, training);
        } catch (RuntimeException e) {
            // another process opened one at the same moment: the database keeps one open shift per till
            throw new SaleRuleException("shift.alreadyOpen", current().map(ShiftRow::number).orElse(0));
        }
        staff.audit(by.login(), "shift.opened", null, "shift " + shift.number() + ", starting cash " + startingCash);
        return shift;
    }

    /** The X report of the open shift: as often as wanted, changes nothing. */
    public ShiftReport x() {
        return reports.x(current().orElseThrow(() -> new SaleRuleException("shift.closed")));
    }

    /**
     * Closes the open shift. A sale with lines still open refuses the close; an empty open sale (the till opens
     * one after each payment) is cancelled. Call {@code Till.endOfShift()} first when a till runs in this process.
     *
     * @return the Z report, stored with the shift
     */
    public ShiftReport close(Approval by, long countedCash) {
        require(by);
        if (countedCash < 0) {
            throw new SaleRuleException("shift.cash.negative");
        }
        ShiftRow shift = current().orElseThrow(() -> new SaleRuleException("shift.closed"));
        Optional<SaleRow> open = store.sales().findOpen(tillId);
        if (open.isPresent()) {
            boolean hasLines = store.sales().lines(open.get().id()).stream().anyMatch(l -> !l.voided());
            if (hasLines) {
                throw new SaleRuleException("shift.saleOpen", open.get().orderId());
            }
            store.sales().update(open.get().closed(SaleStatus.CANCELLED, clock.instant(), by.login()));
        }
        ShiftReport z = reports.z(shift, by.login(), countedCash);
        Instant at = clock.instant();
        if (!store.shifts().close(shift.id(), at, by.login(), countedCash, z.cashInDrawer(), ReportJson.write(z))) {
            throw new SaleRuleException("shift.closed");
        }
        staff.audit(by.login(), "shift.closed", null, "shift " + shift.number() + ", counted " + countedCash
                + ", difference " + z.difference());
        return z;
    }

    /** The stored Z report of a closed shift, for a reprint. */
    public ShiftReport z(int number) {
        ShiftRow shift = store.shifts().byNumber(tillId, number)
                .orElseThrow(() -> new SaleRuleException("shift.unknown", number));
        if (shift.zReportJson() == null) {
            throw new SaleRuleException("shift.notClosed", number);
        }
        return ReportJson.read(shift.zReportJson());
    }

    private static void require(Approval by) {
        if (by == null || !by.mayActAs(Role.OPERATOR)) {
            throw new SaleRuleException("staff.role", by == null ? "?" : by.login(), Role.OPERATOR);
        }
    }
}
