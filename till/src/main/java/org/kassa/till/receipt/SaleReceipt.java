package org.kassa.till.receipt;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.kassa.payclient.api.Slip;
import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.ReceiptBuilder;
import org.kassa.printer.ReceiptBuilder.Align;
import org.kassa.printer.ReceiptBuilder.Cut;
import org.kassa.printer.Receipts;
import org.kassa.printer.SlipData;
import org.kassa.printer.Slips;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleLine;
import org.kassa.till.sale.Totals;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.tender.Tender;
import org.kassa.till.text.TillTexts;

/**
 * The customer's receipt of a paid sale: lines, totals, tenders and, for a Koshelek payment, the vendor's slip
 * block (docs/contracts.md#pay-api-slip: orderId, paymentTransactionId, paymentType, qrcId and kzo for SBP).
 */
public final class SaleReceipt {

    private final PrinterProfile profile;
    private final TillTexts texts;
    private final String store;
    private final String terminal;
    private final ZoneId zone;

    public SaleReceipt(PrinterProfile profile, TillTexts texts, String store, String terminal, ZoneId zone) {
        this.profile = profile;
        this.texts = texts;
        this.store = store;
        this.terminal = terminal;
        this.zone = zone;
    }

    public PrintDocument of(Sale sale, List<PaymentRecord> payments) {
        ReceiptBuilder r = Receipts.builder(profile);
        if (payments.stream().anyMatch(p -> p.paid() && p.tender() == Tender.CASH)) {
            r.drawerPulse();   // the drawer opens while the receipt prints
        }
        if (sale.training()) {
            r.align(Align.CENTER).bold(true).line(texts.get("receipt.training")).bold(false);
        }
        r.align(Align.CENTER).line(store).line(texts.get("receipt.title", sale.orderId())).align(Align.LEFT);
        for (SaleLine line : sale.activeLines()) {
            r.line(line.name());
            r.align(Align.RIGHT).line(texts.get("receipt.line", line.quantity().stripTrailingZeros().toPlainString(),
                    texts.money(line.price()), texts.money(line.total()))).align(Align.LEFT);
        }
        Totals totals = sale.totals();
        r.line("-".repeat(r.columns()));
        if (totals.discount() > 0) {
            r.line(pair(r, texts.get("receipt.subTotal"), totals.subTotal()));
            r.line(pair(r, texts.get("receipt.discount"), totals.discount()));
        }
        r.bold(true).line(pair(r, texts.get("receipt.total"), totals.total())).bold(false);
        sale.card().ifPresent(card -> r.line(texts.get("receipt.card") + ": " + card.masked()));
        for (PaymentRecord p : payments) {
            if (p.paid()) {
                tender(r, sale, p);
            }
        }
        return r.feed(2).cut(Cut.PARTIAL).build();
    }

    private void tender(ReceiptBuilder r, Sale sale, PaymentRecord p) {
        if (p.tender() == Tender.CASH) {
            r.line(pair(r, texts.get("receipt.cash"), p.cashGiven()));
            r.line(pair(r, texts.get("receipt.change"), p.change()));
            return;
        }
        r.line(pair(r, texts.get("receipt.koshelek"), p.amount()));
        Slip slip = p.slip();
        String paymentType = slip != null && slip.paymentType() != null ? slip.paymentType()
                : p.paymentType() == null ? "SBP" : p.paymentType();
        String transactionId = slip != null && slip.paymentTransactionId() != null ? slip.paymentTransactionId()
                : p.transactionId();
        LocalDateTime at = slip == null ? null : slip.operationTime().map(t -> t.atZoneSameInstant(zone)
                .toLocalDateTime()).orElse(null);
        KoshelekOperation operation = new KoshelekOperation(KoshelekOperation.Type.PAYMENT, p.checkoutRequestId(),
                sale.orderId(), transactionId, null, paymentType, slip == null ? null : slip.qrcId(),
                slip == null ? null : slip.kzo(), p.amount(),
                at != null ? at : LocalDateTime.ofInstant(p.updatedAt(), zone));
        Slips.koshelekBlock(r, new SlipData(operation, store, terminal, sale.training()), locale());
    }

    private Locale locale() {
        return texts.locale();
    }

    private String pair(ReceiptBuilder r, String label, long kopecks) {
        String amount = texts.money(kopecks);
        int gap = Math.max(1, r.columns() - label.length() - amount.length());
        return label + " ".repeat(gap) + amount;
    }
}
