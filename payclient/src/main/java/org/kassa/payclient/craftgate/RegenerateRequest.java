package org.kassa.payclient.craftgate;

import java.util.Objects;

/**
 * Restarts a session. {@code apmType} is the one given at init: it is not sent, it selects the fields the
 * client checks before sending.
 */
public record RegenerateRequest(String sessionId, ApmType apmType, CardTokenizationData data, String idempotencyKey) {
    public RegenerateRequest {
        Objects.requireNonNull(apmType, "apmType");
        Objects.requireNonNull(data, "data");
    }
}
