package org.kassa.till.refund;

import java.util.List;
import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.ReceiptBuilder;
import org.kassa.printer.Receipts;
import org.kassa.printer.SlipData;
import org.kassa.printer.Slips;
import org.kassa.till.text.TillTexts;

/**
 * The refund slip: the returned lines and amount, and for Koshelek the vendor's block with the
 * refundTransactionId (seed 001 §2). A cash refund opens the drawer.
 */
final class RefundSlip {

    private final PrinterProfile profile;
    private final TillTexts texts;
    private final String store;
    private final String terminal;

    RefundSlip(PrinterProfile profile, TillTexts texts, String store, String terminal) {
        this.profile = profile;
        this.texts = texts;
        this.store = store;
        this.terminal = terminal;
    }

    PrintDocument of(RefundOutcome outcome, List<RefundLines.Planned> lines, boolean training,
                     KoshelekOperation koshelek) {
        ReceiptBuilder r = Receipts.builder(profile);
        if ("CASH".equals(outcome.tender())) {
            r.drawerPulse();
        }
        if (training) {
            r.align(ReceiptBuilder.Align.CENTER).bold(true).line(texts.get("receipt.training")).bold(false);
        }
        r.align(ReceiptBuilder.Align.CENTER).line(store).bold(true)
                .line(texts.get("refund.slip.title", outcome.orderId())).bold(false).align(ReceiptBuilder.Align.LEFT);
        for (RefundLines.Planned p : lines) {
            r.line(p.line().name());
            r.align(ReceiptBuilder.Align.RIGHT).line(texts.get("receipt.line", p.quantity().stripTrailingZeros()
                    .toPlainString(), texts.money(p.line().price()), texts.money(p.amount())))
                    .align(ReceiptBuilder.Align.LEFT);
        }
        r.line("-".repeat(r.columns()));
        String label = texts.get("CASH".equals(outcome.tender()) ? "refund.slip.cash" : "refund.slip.koshelek");
        r.bold(true).line(pair(r, label, outcome.amount())).bold(false);
        if (koshelek != null) {
            Slips.koshelekBlock(r, new SlipData(koshelek, store, terminal, training), texts.locale());
        }
        return r.feed(2).cut(ReceiptBuilder.Cut.PARTIAL).build();
    }

    private String pair(ReceiptBuilder r, String label, long kopecks) {
        String amount = texts.money(kopecks);
        return label + " ".repeat(Math.max(1, r.columns() - label.length() - amount.length())) + amount;
    }
}
