package org.kassa.payclient;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One request of the Pay or the Craftgate client exactly as it goes on the wire: what a journal persists
 * before the call, and what a resend after a crash or a lost answer replays (same {@code requestId}, same
 * body bytes). The body may hold a loyalty card, meal card or GSM number: store it as sensitive.
 *
 * @param operation the call ({@link Operation#service()} tells Pay from Craftgate)
 * @param path      the path below the base URL (with the availability id or the meal-card session id)
 * @param requestId Pay: the request id inside the body (for the availability poll the id of the task's
 *                  request). Craftgate: the {@code x-idempotency-key}, or null for a call sent without one
 * @param body      the exact JSON bytes (empty for GET); copied in and out, never shared
 */
public record OutgoingCall(Operation operation, String path, String requestId, byte[] body) {

    public OutgoingCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(path, "path");
        if (operation.service() == Operation.Service.PAY) {
            Objects.requireNonNull(requestId, "requestId");
        }
        body = body == null ? new byte[0] : body.clone();
    }

    /** A copy of the exact body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text (for a journal that stores text). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutgoingCall c && operation == c.operation && path.equals(c.path)
                && Objects.equals(requestId, c.requestId) && Arrays.equals(body, c.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, path, requestId, Arrays.hashCode(body));
    }

    /** Never the body: it may hold a loyalty card, meal card or phone number. */
    @Override
    public String toString() {
        return "OutgoingCall[" + operation.method() + " " + path + ", requestId=" + requestId + ", body="
                + body.length + " bytes]";
    }
}
