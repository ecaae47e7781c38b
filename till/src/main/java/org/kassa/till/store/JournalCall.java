package org.kassa.till.store;

import java.util.Objects;

/**
 * A call to journal before it is sent (the input of {@link JournalRepository#append}).
 *
 * @param service   {@code pay} or {@code craftgate}
 * @param operation the API call, e.g. {@code CHECKOUT}
 * @param step      what the workflow was doing, e.g. {@code checkout} or {@code status-poll}
 * @param saleId    the sale, or null
 * @param paymentId the payment (or cancel/refund), or null
 * @param requestId the request id (Pay) or idempotency key (Craftgate)
 * @param attempt   1 for the first send, 2… for resends of the same bytes
 * @param body      exact request bytes
 */
public record JournalCall(String service, String operation, String step, String saleId, String paymentId,
                          String requestId, int attempt, String path, byte[] body) {

    public JournalCall {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(path, "path");
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "JournalCall[" + service + " " + operation + " " + step + " requestId=" + requestId + " attempt="
                + attempt + " body=" + body.length + " bytes]";
    }
}
