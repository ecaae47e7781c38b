package org.kassa.payclient.http;

import java.net.URI;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.hc.core5.http.ContentType;

/**
 * One request as it goes on the wire, the same on every attempt: method, URL and exact body bytes (none for
 * GET). Headers come per attempt, because tokens and signatures are fresh on each; the supplier is called
 * on the calling thread right before the attempt and may first journal it (an exception aborts the call).
 *
 * @param logLabel what the log names the call by, e.g. {@code pay POST /path requestId=…}; never secrets
 */
public record WireRequest(String method, URI uri, byte[] body, ContentType contentType,
                          IntFunction<Map<String, String>> headersForAttempt, String logLabel) {
}
