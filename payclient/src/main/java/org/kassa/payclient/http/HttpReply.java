package org.kassa.payclient.http;

/**
 * An HTTP answer read completely: status, body bytes (at most {@link JsonTransport#MAX_BODY}), Location, the
 * raw {@code Retry-After} header (null when absent), and which attempt (1, 2, …) brought it.
 */
public record HttpReply(int status, byte[] body, String location, String retryAfter, int attempt) {

    public HttpReply {
        body = body == null ? new byte[0] : body;
    }

    public HttpReply(int status, byte[] body, String location, int attempt) {
        this(status, body, location, null, attempt);
    }
}
