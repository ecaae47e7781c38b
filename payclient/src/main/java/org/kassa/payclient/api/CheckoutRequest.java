package org.kassa.payclient.api;

import java.util.List;
import org.kassa.payclient.Operation;

/** POST checkout: the invoice and the customer's one-time card session. */
public record CheckoutRequest(String requestId, String cardSession, String storeId, String terminalId,
                              CheckoutInvoice checkoutInvoice, User user, List<PaymentMethod> paymentMethods)
        implements PayRequest {

    public CheckoutRequest {
        paymentMethods = paymentMethods == null ? null : List.copyOf(paymentMethods);
    }

    @Override
    public Operation operation() {
        return Operation.CHECKOUT;
    }

    @Override
    public String toString() {
        return "CheckoutRequest[requestId=" + requestId + ", cardSession=" + Masking.tail(cardSession)
                + ", storeId=" + storeId + ", terminalId=" + terminalId + ", checkoutInvoice=" + checkoutInvoice
                + ", user=" + user + ", paymentMethods=" + paymentMethods + "]";
    }
}
