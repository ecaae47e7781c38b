package org.kassa.sandbox.craftgate;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A callback the sandbox sent: where, which parameters (null values were left out of a form, sent as JSON
 * null), and the receiver's HTTP status (-1: not reached).
 */
public record DeliveredCallback(URI url, Map<String, String> params, int httpStatus) {
    public DeliveredCallback {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
