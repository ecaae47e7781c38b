package org.kassa.central.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kassa.till.report.ShiftReport;

/**
 * The store report as CSV, shaped like the till's report CSV (RFC 4180, CRLF, UTF-8 with a byte order mark)
 * with a {@code tillId} column: SHIFTS, CASH, the totals (SALE, REFUND, CANCEL) and the KOSHELEK lines of each
 * till, then the totals of all tills with tillId {@code ALL}.
 */
public final class StoreReportCsv {

    static final List<String> HEADER = List.of("section", "tillId", "kind", "tender", "paymentType", "count",
            "amountKopecks", "orderId", "paymentTransactionId", "refundTransactionId", "requestId", "qrcId", "kzo",
            "at", "transactionId");

    private StoreReportCsv() {
    }

    public static byte[] bytes(StoreReport r) {
        byte[] text = text(r).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    public static String text(StoreReport r) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER.toArray(String[]::new));
        row(out, "REPORT", "ALL", r.training() ? "STORE_TRAINING" : "STORE", null, null, null, null, null, null,
                null, null, null, null, r.date() + " " + r.zone(), null);
        for (StoreReport.TillPart t : r.tills()) {
            for (Integer n : t.shifts()) {
                row(out, "SHIFTS", t.tillId(), t.openShifts().contains(n) ? "OPEN" : "CLOSED", null, null,
                        n.toString(), null, null, null, null, null, null, null, null, null);
            }
            cash(out, t.tillId(), "STARTING", t.startingCash());
            cash(out, t.tillId(), "TAKEN", t.cashTaken());
            cash(out, t.tillId(), "PAID_BACK", t.cashRefunded());
            cash(out, t.tillId(), "IN_DRAWER", t.cashInDrawer());
            if (t.countedCash() != null) {
                cash(out, t.tillId(), "COUNTED", t.countedCash());
            }
            totals(out, t.tillId(), t.totals());
            for (ShiftReport.KoshelekRow k : t.koshelek()) {
                row(out, "KOSHELEK", t.tillId(), k.kind(), "KOSHELEK", k.paymentType(), "1", Long.toString(k.amount()),
                        k.orderId(), k.paymentTransactionId(), k.refundTransactionId(), k.requestId(), k.qrcId(),
                        k.kzo(), k.at(), k.transactionId());
            }
        }
        cash(out, "ALL", "IN_DRAWER", r.cashInDrawer());
        totals(out, "ALL", r.totals());
        return out.toString();
    }

    private static void totals(StringBuilder out, String tillId, List<ShiftReport.Total> totals) {
        for (ShiftReport.Total t : totals) {
            row(out, t.group(), tillId, t.group(), t.tender(), t.paymentType(), Long.toString(t.count()),
                    Long.toString(t.amount()), null, null, null, null, null, null, null, null);
        }
    }

    private static void cash(StringBuilder out, String tillId, String kind, long amount) {
        row(out, "CASH", tillId, kind, "CASH", null, null, Long.toString(amount), null, null, null, null, null, null,
                null, null);
    }

    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
