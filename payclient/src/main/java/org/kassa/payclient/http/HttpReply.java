package org.kassa.payclient.http;

/** An HTTP answer read completely: status, body bytes (at most {@link PayTransport#MAX_BODY}) and Location. */
public record HttpReply(int status, byte[] body, String location) {

    public HttpReply {
        body = body == null ? new byte[0] : body;
    }
}
