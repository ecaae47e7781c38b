package org.kassa.payclient.api;

import java.util.Map;

/** A payment method the customer asked for, e.g. SBP; {@code meta} is optional free data. */
public record PaymentMethod(String type, Map<String, Object> meta) {

    public PaymentMethod {
        meta = meta == null ? null : Map.copyOf(meta);
    }

    public static PaymentMethod of(String type) {
        return new PaymentMethod(type, null);
    }
}
