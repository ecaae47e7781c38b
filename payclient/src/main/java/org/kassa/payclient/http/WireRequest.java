package org.kassa.payclient.http;

import java.net.URI;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.hc.core5.http.ContentType;

/**
 * One request as it goes on the wire, the same on every attempt: method, URL and exact body bytes (none for
 * GET). Headers come per attempt, because tokens and signatures are fresh on each; {@code hooks} hear each
 * attempt before it is sent (and may stop it) and each answer that arrived.
 *
 * @param logLabel what the log names the call by, e.g. {@code pay POST /path requestId=…}; never secrets
 */
public record WireRequest(String method, URI uri, byte[] body, ContentType contentType,
                          IntFunction<Map<String, String>> headersForAttempt, String logLabel, AttemptHooks hooks) {

    public WireRequest {
        hooks = hooks == null ? AttemptHooks.NONE : hooks;
    }

    /** A request nobody journals. */
    public WireRequest(String method, URI uri, byte[] body, ContentType contentType,
                       IntFunction<Map<String, String>> headersForAttempt, String logLabel) {
        this(method, uri, body, contentType, headersForAttempt, logLabel, AttemptHooks.NONE);
    }
}
