package org.kassa.printer.slip;

import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.ReceiptBuilder;
import org.kassa.printer.ReceiptBuilder.Align;

/** The shared vocabulary of slips and reports: titles, rules, labelled fields, all from {@link SlipTexts}. */
final class BlockWriter {

    private final ReceiptBuilder out;
    private final SlipTexts texts;

    BlockWriter(ReceiptBuilder out, SlipTexts texts) {
        this.out = out;
        this.texts = texts;
    }

    SlipTexts texts() {
        return texts;
    }

    ReceiptBuilder out() {
        return out;
    }

    /** A centred bold title, double height when {@code big}; wrapped if long. */
    void title(String text, boolean big) {
        out.align(Align.CENTER).bold(true);
        if (big) {
            out.size(1, 2);
        }
        Wrap.lines(text, out.columns()).forEach(out::line);
        if (big) {
            out.size(1, 1);
        }
        out.bold(false).align(Align.LEFT);
    }

    void trainingBanner(boolean training) {
        if (training) {
            title(texts.get("slip.training"), false);
        }
    }

    /** A full-width line of dashes. */
    void rule() {
        out.line("-".repeat(out.columns()));
    }

    /** Label (from the bundle) and value; skipped when the value is null or blank. */
    void field(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            Wrap.field(texts.get(labelKey), value, out.columns()).forEach(out::line);
        }
    }

    /**
     * The Koshelek ids of an operation (docs/contracts.md#pay-api-slip): orderId, the transaction ids, the
     * request id when asked (reports), paymentType, and qrcId and kzo for SBP.
     */
    void operationIds(KoshelekOperation op, boolean withRequestId) {
        field("label.orderId", op.orderId());
        field("label.paymentTransactionId", op.paymentTransactionId());
        field("label.refundTransactionId", op.refundTransactionId());
        if (withRequestId) {
            field("label.requestId", op.requestId());
        }
        field("label.paymentType", op.paymentType());
        if (op.isSbp()) {
            field("label.qrcId", op.qrcId());
            field("label.kzo", op.kzo());
        }
    }

    /** Centred lines of free text, wrapped. */
    void centered(String text) {
        out.align(Align.CENTER);
        Wrap.lines(text, out.columns()).forEach(out::line);
        out.align(Align.LEFT);
    }
}
