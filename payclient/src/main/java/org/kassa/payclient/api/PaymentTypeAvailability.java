package org.kassa.payclient.api;

/** Whether one payment type can be used for this purchase, with the server's message when it cannot. */
public record PaymentTypeAvailability(String paymentType, boolean available, String message) {
}
