package org.kassa.printer.slip;

import org.kassa.printer.CashReport;
import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.ReceiptBuilder;

/** X and Z cash reports with the Koshelek Pay columns of docs/contracts.md#pay-api-slip (including requestId). */
public final class ReportLayout {

    private ReportLayout() {
    }

    public static void write(ReceiptBuilder out, CashReport report, SlipTexts texts) {
        BlockWriter w = new BlockWriter(out, texts);
        w.title(texts.get(report.kind() == CashReport.Kind.X ? "report.title.x" : "report.title.z"), true);
        w.trainingBanner(report.training());
        w.field("label.store", report.store());
        w.field("label.terminal", report.terminal());
        w.field("report.shift", Integer.toString(report.shiftNumber()));
        w.field("report.opened", texts.dateTime(report.openedAt()));
        w.field("report.printed", texts.dateTime(report.printedAt()));
        w.rule();
        w.title(texts.get("report.totals"), false);
        for (CashReport.Total total : report.totals()) {
            String label = texts.get("total." + total.kind().name()) + " (" + total.count() + ")";
            Wrap.field(label, texts.amount(total.amountKopecks()), out.columns()).forEach(out::line);
        }
        w.rule();
        w.title(texts.get("report.koshelek"), false);
        if (report.operations().isEmpty()) {
            w.centered(texts.get("report.noOperations"));
        }
        for (KoshelekOperation op : report.operations()) {
            operation(w, op);
        }
        if (report.kind() == CashReport.Kind.Z) {
            w.title(texts.get("report.shiftClosed"), false);
        }
    }

    private static void operation(BlockWriter w, KoshelekOperation op) {
        SlipTexts texts = w.texts();
        String type = texts.get(op.type() == KoshelekOperation.Type.PAYMENT ? "report.payment" : "report.refund");
        w.out().bold(true);
        Wrap.field(type + " " + texts.dateTime(op.at()), texts.amount(op.amountKopecks()), w.out().columns())
                .forEach(w.out()::line);
        w.out().bold(false);
        w.operationIds(op, true);
        w.rule();
    }
}
