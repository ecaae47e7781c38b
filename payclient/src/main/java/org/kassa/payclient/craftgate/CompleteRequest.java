package org.kassa.payclient.craftgate;

import java.util.Objects;

/** Completes a METROPOL session with the code the customer received by SMS. */
public record CompleteRequest(String sessionId, ApmType apmType, String validationCode, String idempotencyKey) {
    public CompleteRequest {
        Objects.requireNonNull(apmType, "apmType");
    }

    @Override
    public String toString() {
        return "CompleteRequest[sessionId=" + sessionId + ", apmType=" + apmType
                + ", validationCode=" + Redact.present(validationCode) + ", idempotencyKey=" + idempotencyKey + "]";
    }
}
