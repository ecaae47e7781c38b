package org.kassa.till.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kassa.printer.CashReport;
import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.ReceiptBuilder;
import org.kassa.printer.Receipts;
import org.kassa.printer.slip.ReportLayout;
import org.kassa.printer.slip.SlipTexts;
import org.kassa.till.text.TillTexts;

/**
 * A report on paper: receipt-printer's X/Z layout (totals and the Koshelek columns of seed 001 §7.2), followed
 * by the totals per payment type and the cash lines, which that layout has no place for.
 */
public final class ReportPrint {

    private final PrinterProfile profile;
    private final TillTexts texts;
    private final String store;
    private final String terminal;
    private final ZoneId zone;

    public ReportPrint(PrinterProfile profile, TillTexts texts, String store, String terminal, ZoneId zone) {
        this.profile = profile;
        this.texts = texts;
        this.store = store;
        this.terminal = terminal;
        this.zone = zone;
    }

    public PrintDocument of(ShiftReport r) {
        ReceiptBuilder out = Receipts.builder(profile);
        ReportLayout.write(out, cashReport(r), new SlipTexts(texts.locale()));
        out.line("-".repeat(out.columns()));
        for (ShiftReport.Total t : r.totals()) {
            out.line(pair(out, texts.get("report.group." + t.group()) + " " + t.paymentType() + " (" + t.count() + ")",
                    t.amount()));
        }
        out.line(pair(out, texts.get("report.cash.starting"), r.startingCash()));
        out.line(pair(out, texts.get("report.cash.taken"), r.cashTaken()));
        out.line(pair(out, texts.get("report.cash.paidBack"), r.cashRefunded()));
        out.bold(true).line(pair(out, texts.get("report.cash.inDrawer"), r.cashInDrawer())).bold(false);
        if (r.countedCash() != null) {
            out.line(pair(out, texts.get("report.cash.counted"), r.countedCash()));
            out.line(pair(out, texts.get("report.cash.difference"), r.difference()));
        }
        return out.feed(2).cut(ReceiptBuilder.Cut.PARTIAL).build();
    }

    /** The report as receipt-printer's layout takes it. */
    public CashReport cashReport(ShiftReport r) {
        List<CashReport.Total> totals = new ArrayList<>();
        totals.add(new CashReport.Total(CashReport.TotalKind.SALES, (int) r.countOf("SALE"), r.amountOf("SALE")));
        totals.add(sum(r, CashReport.TotalKind.CASH, "CASH"));
        totals.add(sum(r, CashReport.TotalKind.KOSHELEK_PAY, "KOSHELEK"));
        totals.add(new CashReport.Total(CashReport.TotalKind.REFUNDS, (int) r.countOf("REFUND"), r.amountOf("REFUND")));
        totals.add(new CashReport.Total(CashReport.TotalKind.CANCELS, (int) r.countOf("CANCEL"), r.amountOf("CANCEL")));
        long net = r.amountOf("SALE") - r.amountOf("REFUND") - r.amountOf("CANCEL");
        totals.add(new CashReport.Total(CashReport.TotalKind.NET, 0, net));
        List<KoshelekOperation> operations = r.koshelek().stream().map(this::operation).toList();
        return new CashReport(r.isZ() ? CashReport.Kind.Z : CashReport.Kind.X, store, terminal, r.number(),
                local(r.openedAt()), local(r.madeAt()), totals, operations, r.training());
    }

    private static CashReport.Total sum(ShiftReport r, CashReport.TotalKind kind, String tender) {
        long count = r.totals().stream().filter(t -> t.group().equals("SALE") && t.tender().equals(tender))
                .mapToLong(ShiftReport.Total::count).sum();
        long amount = r.totals().stream().filter(t -> t.group().equals("SALE") && t.tender().equals(tender))
                .mapToLong(ShiftReport.Total::amount).sum();
        return new CashReport.Total(kind, (int) count, amount);
    }

    private KoshelekOperation operation(ShiftReport.KoshelekRow k) {
        boolean payment = "PAYMENT".equals(k.kind());
        return new KoshelekOperation(payment ? KoshelekOperation.Type.PAYMENT : KoshelekOperation.Type.REFUND,
                k.requestId(), k.orderId(), k.paymentTransactionId(),
                payment ? null : k.refundTransactionId() == null ? "-" : k.refundTransactionId(),
                k.paymentType() == null ? "SBP" : k.paymentType(), k.qrcId(), k.kzo(), k.amount(), local(k.at()));
    }

    private LocalDateTime local(String iso) {
        return LocalDateTime.ofInstant(Instant.parse(iso), zone);
    }

    private String pair(ReceiptBuilder r, String label, long kopecks) {
        String amount = texts.money(kopecks);
        int gap = Math.max(1, r.columns() - label.length() - amount.length());
        return label + " ".repeat(gap) + amount;
    }
}
