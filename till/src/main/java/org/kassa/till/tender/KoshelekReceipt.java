package org.kassa.till.tender;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Invoice;
import org.kassa.payclient.workflow.ReceiptSender;
import org.kassa.till.sale.Invoices;
import org.kassa.till.sale.Sale;

/**
 * The optional {@code /receipt} call after an accepted Koshelek payment ({@code pay.sendReceipt}): the sale's
 * items and totals. The fiscal fields (INN, KKT, FN…) come from a fiscal registrar, which Kassa does not drive
 * yet, so they are left out. A failure never undoes the payment: the caller tells the operator and goes on.
 */
public final class KoshelekReceipt {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private KoshelekReceipt() {
    }

    /** @return false when sending receipts is switched off */
    public static boolean send(PayClient pay, Sale sale, PaymentRecord paid, String cashier, ZoneId zone,
                               CallListener journal) throws PayException {
        CheckoutInvoice items = Invoices.of(sale);
        Instant at = sale.closedAt() != null ? sale.closedAt() : paid.updatedAt();
        Invoice invoice = new Invoice(sale.orderId(), sale.id(), null, null, null, WHEN.format(at.atZone(zone)),
                null, cashier, null, null, null, null, null, null, "sale", null, items.totalAmount(), "RUB",
                items.discountAmount(), items.subTotalAmount(), null, items.items());
        return new ReceiptSender(pay).send(paid.transactionId(), invoice, journal);
    }
}
