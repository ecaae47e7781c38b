package org.kassa.printer.slip;

import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.KoshelekOperation.Type;
import org.kassa.printer.ReceiptBuilder;
import org.kassa.printer.ReceiptBuilder.Align;
import org.kassa.printer.SlipData;

/**
 * The Koshelek Pay block of a receipt (docs/contracts.md#pay-api-slip): orderId, the transaction id of the
 * payment or refund, paymentType, qrcId and kzo for SBP, amount, date and time, store and terminal, and a QR
 * code of the transaction id for a supervisor to start a refund by scanning.
 */
public final class SlipLayout {

    /** Dots per QR module: about 3 cm wide for a 36-character id, easy for hand scanners. */
    public static final int QR_MODULE_DOTS = 6;

    private SlipLayout() {
    }

    public static void write(ReceiptBuilder out, SlipData slip, SlipTexts texts) {
        BlockWriter w = new BlockWriter(out, texts);
        KoshelekOperation op = slip.operation();
        boolean payment = op.type() == Type.PAYMENT;
        w.rule();
        w.title(texts.get(payment ? "slip.title.payment" : "slip.title.refund"), false);
        w.trainingBanner(slip.training());
        w.operationIds(op, false);
        w.field("label.amount", texts.amount(op.amountKopecks()));
        w.field("label.dateTime", texts.dateTime(op.at()));
        w.field("label.store", slip.store());
        w.field("label.terminal", slip.terminal());
        out.feed(1).align(Align.CENTER).qr(op.transactionId(), QR_MODULE_DOTS).feed(1).align(Align.LEFT);
        w.centered(texts.get(payment ? "slip.qrHint.payment" : "slip.qrHint.refund"));
        w.rule();
    }
}
