package org.kassa.payclient;

import java.util.Set;

/**
 * Enum values the till accepts, from configuration, so that a new payment provider or status needs no new
 * software. Values outside these sets are still kept as raw strings and shown; they are only logged as
 * unexpected and never trigger a final decision.
 */
public record AllowedValues(Set<String> paymentTypes, Set<String> statuses) {

    public AllowedValues {
        paymentTypes = Set.copyOf(paymentTypes);
        statuses = Set.copyOf(statuses);
    }

    /** The values of Pay API v1.2.1. */
    public static AllowedValues v121() {
        return new AllowedValues(Set.of("SBP", "DOLYAME"),
                Set.of("new", "pending", "accepted", "rejected", "canceled", "refunding", "refunded",
                        "partial_refunded", "none"));
    }

    public boolean paymentTypeAllowed(String type) {
        return type != null && paymentTypes.contains(type);
    }

    public boolean statusAllowed(String status) {
        return status != null && statuses.contains(status);
    }
}
