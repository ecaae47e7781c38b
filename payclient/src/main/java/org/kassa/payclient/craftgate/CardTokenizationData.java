package org.kassa.payclient.craftgate;

import java.net.URI;

/**
 * {@code mealVoucherCardTokenizationData}: what the customer gave for storing a meal card. Any field may be
 * null; which are required depends on the {@link ApmType}. {@link #toString()} never shows the card or GSM
 * number.
 */
public record CardTokenizationData(String cardNumber, String userReferenceNumber, String gsmNumber, URI callbackUrl) {

    @Override
    public String toString() {
        return "CardTokenizationData[cardNumber=" + Redact.present(cardNumber)
                + ", userReferenceNumber=" + userReferenceNumber
                + ", gsmNumber=" + Redact.present(gsmNumber)
                + ", callbackUrl=" + callbackUrl + "]";
    }
}
