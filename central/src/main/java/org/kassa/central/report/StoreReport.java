package org.kassa.central.report;

import java.util.List;
import org.kassa.till.report.ShiftReport;

/**
 * The shop's report of one day from the central store (docs/decisions/0175): for every till the shifts opened
 * that day in the shop's zone, their totals per group (SALE, REFUND, CANCEL), tender and payment type, the cash
 * figures and every Koshelek operation with the columns of seed 001 §7.2; then the totals of all tills. Each
 * till's part equals the sum of that till's Z reports of those shifts. Money in kopecks.
 *
 * @param training   true: the training shifts only; false: the real ones only (never mixed)
 * @param openShifts shifts still open: their figures are not final yet (numbers per till in {@link TillPart})
 */
public record StoreReport(String date, String zone, boolean training, List<TillPart> tills,
                          List<ShiftReport.Total> totals, long cashInDrawer, int openShifts) {

    /** One till's day: its shifts (numbers), the sums of their reports and its Koshelek lines. */
    public record TillPart(String tillId, List<Integer> shifts, List<Integer> openShifts, long startingCash,
                           long cashTaken, long cashRefunded, long cashInDrawer, Long countedCash,
                           List<ShiftReport.Total> totals, List<ShiftReport.KoshelekRow> koshelek) {

        public TillPart {
            shifts = List.copyOf(shifts);
            openShifts = List.copyOf(openShifts);
            totals = List.copyOf(totals);
            koshelek = List.copyOf(koshelek);
        }
    }

    public StoreReport {
        tills = List.copyOf(tills);
        totals = List.copyOf(totals);
    }
}
