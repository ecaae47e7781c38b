package org.kassa.payclient.workflow;

import java.util.Objects;
import org.kassa.payclient.api.CheckoutInvoice;

/**
 * What the till asks to be paid.
 *
 * @param cardSession the one-time session from the customer's barcode
 * @param loyaltyId   the customer's loyalty card number
 * @param invoice     the sale in kopecks
 * @param paymentType the chosen type (e.g. SBP), or null to take the first available allowed type
 */
public record PaymentOrder(String cardSession, String loyaltyId, CheckoutInvoice invoice, String paymentType) {

    public PaymentOrder {
        Objects.requireNonNull(cardSession, "cardSession");
        Objects.requireNonNull(loyaltyId, "loyaltyId");
        Objects.requireNonNull(invoice, "invoice");
    }

    @Override
    public String toString() {
        return "PaymentOrder[orderId=" + invoice.orderId() + ", total=" + invoice.totalAmount() + ", paymentType="
                + paymentType + "]";
    }
}
