package org.kassa.payclient;

import java.util.List;

/**
 * Enum values the till accepts, from configuration, so that a new payment provider or status needs no new
 * software. Values outside these sets are still kept as raw strings and shown; they are only logged as
 * unexpected and never trigger a final decision. The first payment type is the default choice.
 */
public record AllowedValues(List<String> paymentTypes, List<String> statuses) {

    public AllowedValues {
        paymentTypes = List.copyOf(paymentTypes);
        statuses = List.copyOf(statuses);
    }

    /** The values of Pay API v1.2.1. */
    public static AllowedValues v121() {
        return new AllowedValues(List.of("SBP", "DOLYAME"),
                List.of("new", "pending", "accepted", "rejected", "canceled", "refunding", "refunded",
                        "partial_refunded", "none"));
    }

    public boolean paymentTypeAllowed(String type) {
        return type != null && paymentTypes.contains(type);
    }

    public boolean statusAllowed(String status) {
        return status != null && statuses.contains(status);
    }
}
