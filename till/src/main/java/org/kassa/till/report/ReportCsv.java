package org.kassa.till.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report as CSV (RFC 4180: comma, CRLF, fields with comma, quote or line break quoted, quotes doubled), UTF-8
 * with a byte order mark so spreadsheet programs read Cyrillic right. One table: a {@code section} column tells
 * the summary rows (REPORT, CASH), the totals (SALE, REFUND, CANCEL) and the Koshelek lines (KOSHELEK) apart.
 */
public final class ReportCsv {

    static final List<String> HEADER = List.of("section", "kind", "tender", "paymentType", "count", "amountKopecks",
            "orderId", "paymentTransactionId", "refundTransactionId", "requestId", "qrcId", "kzo", "at",
            "transactionId");

    private ReportCsv() {
    }

    public static byte[] bytes(ShiftReport r) {
        byte[] text = text(r).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    /** The CSV text without the byte order mark. */
    public static String text(ShiftReport r) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER.toArray(String[]::new));
        row(out, "REPORT", r.kind(), null, null, null, null, null, null, null, null, null, null, r.madeAt(), null);
        row(out, "REPORT", "SHIFT", null, null, Integer.toString(r.number()), null, null, null, null, null, null, null,
                r.openedAt(), null);
        cash(out, "STARTING", r.startingCash());
        cash(out, "TAKEN", r.cashTaken());
        cash(out, "PAID_BACK", r.cashRefunded());
        cash(out, "IN_DRAWER", r.cashInDrawer());
        if (r.countedCash() != null) {
            cash(out, "COUNTED", r.countedCash());
            cash(out, "DIFFERENCE", r.difference());
        }
        for (ShiftReport.Total t : r.totals()) {
            row(out, t.group(), t.group(), t.tender(), t.paymentType(), Long.toString(t.count()),
                    Long.toString(t.amount()), null, null, null, null, null, null, null, null);
        }
        for (ShiftReport.KoshelekRow k : r.koshelek()) {
            row(out, "KOSHELEK", k.kind(), "KOSHELEK", k.paymentType(), "1", Long.toString(k.amount()), k.orderId(),
                    k.paymentTransactionId(), k.refundTransactionId(), k.requestId(), k.qrcId(), k.kzo(), k.at(),
                    k.transactionId());
        }
        return out.toString();
    }

    private static void cash(StringBuilder out, String kind, long amount) {
        row(out, "CASH", kind, "CASH", null, null, Long.toString(amount), null, null, null, null, null, null, null,
                null);
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

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
