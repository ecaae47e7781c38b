package org.kassa.till.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kassa.till.store.ReportRepository;
import org.kassa.till.store.ShiftRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.tender.Tender;

/** Makes X and Z reports of a shift from the store (a few indexed queries per report). */
public final class ReportMaker {

    private final TillStore store;
    private final Clock clock;

    public ReportMaker(TillStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The X report of a shift as it stands now; changes nothing. */
    public ShiftReport x(ShiftRow shift) {
        return make("X", shift, null, null);
    }

    /** The Z report for a shift being closed by {@code closedBy} with {@code counted} cash. */
    public ShiftReport z(ShiftRow shift, String closedBy, long counted) {
        return make("Z", shift, closedBy, counted);
    }

    private ShiftReport make(String kind, ShiftRow shift, String closedBy, Long counted) {
        ReportRepository q = store.reports();
        List<ShiftReport.Total> totals = new ArrayList<>();
        for (ReportRepository.TenderTotal t : q.tenderTotals(shift.id())) {
            totals.add(new ShiftReport.Total("SALE", t.tender().name(), type(t.tender(), t.paymentType()), t.count(),
                    t.amountKopecks()));
        }
        long cashRefunded = 0;
        for (ReportRepository.RefundTotal t : q.refundTotals(shift.id())) {
            totals.add(new ShiftReport.Total(t.kind().name(), t.tender().name(), type(t.tender(), t.paymentType()),
                    t.count(), t.amountKopecks()));
            if (t.tender() == Tender.CASH) {
                cashRefunded += t.amountKopecks();
            }
        }
        long taken = q.cashTaken(shift.id());
        long inDrawer = shift.startingCash() + taken - cashRefunded;
        List<ShiftReport.KoshelekRow> koshelek = q.koshelekLines(shift.id()).stream()
                .map(l -> new ShiftReport.KoshelekRow(l.kind(), l.orderId(), l.transactionId(),
                        l.paymentTransactionId(), l.refundTransactionId(), l.requestId(), l.paymentType(), l.qrcId(),
                        l.kzo(), l.amountKopecks(), iso(l.at()))).toList();
        return new ShiftReport(kind, shift.tillId(), shift.number(), shift.training(), iso(shift.openedAt()),
                shift.openedBy(), iso(clock.instant()), closedBy, shift.startingCash(), taken, cashRefunded, inDrawer,
                counted, counted == null ? null : counted - inDrawer, totals, koshelek);
    }

    private static String type(Tender tender, String paymentType) {
        return tender == Tender.CASH ? "CASH" : paymentType == null ? "UNKNOWN" : paymentType;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
