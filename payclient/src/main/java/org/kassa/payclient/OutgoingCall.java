package org.kassa.payclient;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One Pay API request exactly as it goes on the wire: what a journal persists before the call, and what a
 * resend after a crash or a lost answer replays (same {@code requestId}, same body bytes).
 *
 * @param operation the call
 * @param path      the path below the base URL (for the availability poll it includes the id)
 * @param requestId the request id inside the body; for the availability poll the id of the task's request
 * @param body      the exact JSON bytes (empty for GET); copied in and out, never shared
 */
public record OutgoingCall(Operation operation, String path, String requestId, byte[] body) {

    public OutgoingCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(requestId, "requestId");
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
                && requestId.equals(c.requestId) && Arrays.equals(body, c.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, path, requestId, Arrays.hashCode(body));
    }

    /** Never the body: it may hold a loyalty card number. */
    @Override
    public String toString() {
        return "OutgoingCall[" + operation.method() + " " + path + ", requestId=" + requestId + ", body="
                + body.length + " bytes]";
    }
}
