package org.kassa.payclient.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.kassa.payclient.Operation;

/** POST availability-info/task. The vendor spells the session field {@code cardsession} here. */
public record AvailabilityRequest(String requestId, @JsonProperty("cardsession") String cardSession, String storeId,
                                  String terminalId, CheckoutInvoice checkoutInvoice, User user)
        implements PayRequest {

    @Override
    public Operation operation() {
        return Operation.AVAILABILITY;
    }

    @Override
    public String toString() {
        return "AvailabilityRequest[requestId=" + requestId + ", cardSession=" + Masking.tail(cardSession)
                + ", storeId=" + storeId + ", terminalId=" + terminalId + ", checkoutInvoice=" + checkoutInvoice
                + ", user=" + user + "]";
    }
}
