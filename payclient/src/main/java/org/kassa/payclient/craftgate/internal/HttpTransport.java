package org.kassa.payclient.craftgate.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.hc.core5.http.ContentType;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.craftgate.CraftgateTransportException;
import org.kassa.payclient.craftgate.CraftgateTransportException.Kind;
import org.kassa.payclient.http.AttemptHooks;
import org.kassa.payclient.http.HttpReply;
import org.kassa.payclient.http.JsonTransport;
import org.kassa.payclient.http.ResendRule;
import org.kassa.payclient.http.TransportFailure;
import org.kassa.payclient.http.WireRequest;

/**
 * POSTs for the Craftgate side over the shared {@link JsonTransport}. Failures become
 * {@link CraftgateTransportException}s that say whether the server may have processed the request.
 */
public final class HttpTransport implements Closeable {

    /** Larger answers are refused: Craftgate's answers are a few kilobytes (the HTML form included). */
    public static final int MAX_RESPONSE_BYTES = JsonTransport.MAX_BODY;
    private static final ResendRule NEVER = new ResendRule(status -> false, kind -> false);

    private final JsonTransport transport;

    public HttpTransport(Duration connectTimeout, Duration responseTimeout) {
        this.transport = new JsonTransport(connectTimeout, responseTimeout, new SecureRandom());
    }

    /** One attempt with fixed headers. */
    public HttpReply post(URI uri, Map<String, String> headers, byte[] body, ContentType contentType) {
        return post(uri, attempt -> headers, body, contentType, RetryPolicy.none(), NEVER, "craftgate POST",
                AttemptHooks.NONE);
    }

    /** Attempts as {@code retry} and {@code rule} allow, with fresh headers for each; {@code hooks} hear each. */
    public HttpReply post(URI uri, IntFunction<Map<String, String>> headersForAttempt, byte[] body,
                          ContentType contentType, RetryPolicy retry, ResendRule rule, String logLabel,
                          AttemptHooks hooks) {
        try {
            return transport.exchange(new WireRequest("POST", uri, body, contentType, headersForAttempt,
                    logLabel + " " + uri.getPath(), hooks), retry, rule);
        } catch (TransportFailure f) {
            throw failure(f, uri);
        }
    }

    private static CraftgateTransportException failure(TransportFailure f, URI uri) {
        Throwable e = f.getCause();
        return switch (f.kind()) {
            case NOT_SENT -> new CraftgateTransportException(Kind.CONNECT, false,
                    "cannot connect to " + uri.getHost() + ":" + uri.getPort() + " (" + e.getClass().getSimpleName()
                            + "); check the network and the base URL", e);
            case TIMED_OUT_AFTER_SEND -> new CraftgateTransportException(Kind.TIMEOUT, true,
                    "no answer from " + uri.getHost() + " in time; the request may have been processed", e);
            case CUT_AFTER_SEND -> new CraftgateTransportException(Kind.CONNECT, true,
                    "connection to " + uri.getHost() + " failed during the call (" + e.getClass().getSimpleName()
                            + "); the request may have been processed", e);
            case OVERSIZED -> new CraftgateTransportException(Kind.MALFORMED_RESPONSE, true,
                    "answer larger than " + MAX_RESPONSE_BYTES + " bytes refused", null);
            case INTERRUPTED -> new CraftgateTransportException(Kind.CONNECT, true,
                    "interrupted while waiting to retry", e);
            case JOURNAL_FAILED -> new CraftgateTransportException(Kind.JOURNAL, f.anyMayHaveReachedServer(),
                    "the journal could not record attempt " + f.attempts() + " to " + uri.getPath()
                            + ", so it was not sent (" + e.getClass().getSimpleName() + "); check the disk and the "
                            + "data folder, then try again", e);
        };
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // Closing idle pooled connections; nothing to recover.
        }
    }
}
