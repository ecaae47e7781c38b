package org.kassa.payclient.craftgate;

import java.util.Objects;

/**
 * Starts storing a meal card. {@code idempotencyKey} (may be null) is sent as {@code x-idempotency-key}
 * and stays the same on every retry; without it a call is retried only when it surely never reached the
 * server.
 */
public record InitRequest(ApmType apmType, CardTokenizationData data, String idempotencyKey) {
    public InitRequest {
        Objects.requireNonNull(apmType, "apmType");
        Objects.requireNonNull(data, "data");
    }
}
