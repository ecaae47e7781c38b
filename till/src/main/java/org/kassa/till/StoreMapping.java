package org.kassa.till;

import java.util.List;
import org.kassa.payclient.api.Slip;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Vat;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleLine;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.SlipFields;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.tender.Tender;

/**
 * Sale and payment objects to store rows and back. The card number is never stored (masked only), so a sale
 * restored after a restart has no card: Koshelek Pay needs a fresh scan, whose session is one-time anyway.
 * Free-price lines have no article; the store keeps an empty one, which no catalog article can be.
 */
final class StoreMapping {

    private StoreMapping() {
    }

    static SaleRow row(Sale sale, String tillId) {
        var card = sale.card();
        return new SaleRow(sale.id(), tillId, sale.orderId(),
                sale.status(), sale.openedAt(), sale.closedAt(),
                sale.closedBy(), sale.totals().total(), sale.totals().discount(),
                card.map(c -> c.masked()).orElse(null), card.map(c -> c.resultCode()).orElse(null), sale.training());
    }

    static SaleLineRow line(Sale sale, SaleLine line) {
        return new SaleLineRow(sale.id(), line.lineNo(), line.article() == null ? "" : line.article(),
                line.barcode(), line.name(), line.price(), line.quantity(),
                Measure.parse(line.measure()).orElse(Measure.PIECE),
                Vat.parse(line.vat()).orElse(Vat.NONE), line.discount(), line.total(), line.voided(),
                line.voided() ? sale.closedAt() : null, null);
    }

    static Sale sale(SaleRow row, List<SaleLineRow> rows) {
        List<SaleLine> lines = rows.stream().map(l -> new SaleLine(l.lineNo(),
                l.article().isEmpty() ? null : l.article(), l.barcode(), l.name(), l.priceKopecks(), l.quantity(),
                l.measure().name(), l.vat().code(), l.discountKopecks(), l.voided())).toList();
        long lineDiscounts = lines.stream().filter(l -> !l.voided()).mapToLong(SaleLine::discount).sum();
        return Sale.restore(row.id(), row.orderId(), row.openedAt(), row.training(), lines,
                Math.max(0, row.discountKopecks() - lineDiscounts), row.status(),
                row.closedAt(), row.closedBy());
    }

    static PaymentRow row(PaymentRecord p) {
        boolean cash = p.tender() == Tender.CASH;
        return new PaymentRow(p.id(), p.saleId(), p.tender(), p.state(),
                p.settled(), p.amount(), cash ? p.cashGiven() : null, cash ? p.change() : null,
                p.slip() != null && p.slip().paymentType() != null ? p.slip().paymentType() : p.paymentType(),
                p.transactionId(), p.checkoutRequestId(), p.status(), p.tipCode(),
                SlipFields.of(p.slip(), p.slip() != null && p.slip().rawJson() != null ? p.slip().rawJson()
                        : p.rawSlipJson()), p.createdAt(), p.updatedAt());
    }

    static PaymentRecord record(PaymentRow r) {
        SlipFields s = r.slip();
        Slip slip = s.slipId() == null && s.paymentTransactionId() == null ? null
                : new Slip(s.slipId(), s.paymentTransactionId(), s.refundTransactionId(), r.paymentType(), null, null,
                        s.orderId(), null, s.operationDateTime(), null, s.qrcId(), s.kzo(), r.amountKopecks(), "RUB",
                        s.rawJson());
        return new PaymentRecord(r.id(), r.saleId(), r.tender(), r.state(), r.amountKopecks(),
                r.cashGivenKopecks() == null ? 0 : r.cashGivenKopecks(),
                r.changeKopecks() == null ? 0 : r.changeKopecks(), r.paymentType(), r.transactionId(),
                r.checkoutRequestId(), r.status(), r.tipCode(), slip, s.rawJson(), r.createdAt(), r.updatedAt());
    }
}
