package org.kassa.app.ui.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kassa.till.report.ShiftReport;

/**
 * One bar group of the shift's takings chart: what one payment type (CASH, SBP, DOLYAME…) took in and what
 * went back to customers (refunds and Koshelek cancellations). Kopecks.
 */
public record TakingsBar(String paymentType, long taken, long returned) {

    /** The report's payment types, cash first, then in the report's order; each with its takings and returns. */
    public static List<TakingsBar> of(ShiftReport report) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        sums.put("CASH", new long[2]);
        for (ShiftReport.Total t : report.totals()) {
            long[] sum = sums.computeIfAbsent(t.paymentType(), k -> new long[2]);
            sum["SALE".equals(t.group()) ? 0 : 1] += t.amount();
        }
        List<TakingsBar> bars = new ArrayList<>();
        sums.forEach((type, sum) -> bars.add(new TakingsBar(type, sum[0], sum[1])));
        return List.copyOf(bars);
    }
}
