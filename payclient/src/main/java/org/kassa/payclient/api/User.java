package org.kassa.payclient.api;

/** The customer's loyalty card number; shown masked in toString. */
public record User(String loyaltyId) {

    @Override
    public String toString() {
        return "User[loyaltyId=" + Masking.tail(loyaltyId) + "]";
    }
}
