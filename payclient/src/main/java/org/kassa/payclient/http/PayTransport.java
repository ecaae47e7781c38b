package org.kassa.payclient.http;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.hc.core5.http.ContentType;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayJournalException;
import org.kassa.payclient.PayNetworkException;
import org.kassa.payclient.PayProtocolException;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.payclient.tips.TipCodes;
import org.kassa.totp.PasscodeVerify;

/**
 * Sends one {@link OutgoingCall} over the shared {@link JsonTransport}: Basic auth, a fresh {@code token} over
 * the exact body bytes on every attempt, and bounded resends of the same bytes after a transport failure or a
 * 5xx/408/429 (never after an oversized answer). Failures become the Pay client's typed errors with tips.
 */
public final class PayTransport implements Closeable {

    public static final int MAX_BODY = JsonTransport.MAX_BODY;
    private static final ResendRule RESENDS = new ResendRule(PayTransport::retryable,
            kind -> kind != FailureKind.OVERSIZED);

    private final JsonTransport transport;
    private final String base;
    private final String authorization;
    private final PasscodeVerify passcodes;
    private final RetryPolicy retry;
    private final OperatorTips tips;

    public PayTransport(PaySettings settings, PasscodeVerify passcodes, OperatorTips tips, RandomGenerator random) {
        this.base = stripSlash(settings.baseUrl().toString());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.login() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.passcodes = passcodes;
        this.retry = settings.retry();
        this.tips = tips;
        this.transport = new JsonTransport(settings.connectTimeout(), settings.responseTimeout(), random);
    }

    /** Sends with resends as the retry policy allows; returns the first answer that is not retryable. */
    public HttpReply exchange(String step, OutgoingCall call, CallListener listener) {
        return exchange(step, call, listener, retry);
    }

    /** As {@link #exchange(String, OutgoingCall, CallListener)} with another policy (status polls send once). */
    public HttpReply exchange(String step, OutgoingCall call, CallListener listener, RetryPolicy retry) {
        String method = call.operation().method();
        WireRequest request = new WireRequest(method, URI.create(base + call.path()), call.body(),
                ContentType.APPLICATION_JSON, attempt -> headers(call),
                "pay " + method + " " + call.path() + " requestId=" + call.requestId(), hooks(step, call, listener));
        HttpReply reply;
        try {
            reply = transport.exchange(request, retry, RESENDS);
        } catch (TransportFailure f) {
            throw failure(call, f);
        }
        if (retryable(reply.status())) {
            throw new PayProtocolException(call.operation(), call.requestId(), reply.status(),
                    "server error after " + reply.attempt() + " attempt(s)", tips.tip(TipCodes.SERVER_ERROR), null);
        }
        return reply;
    }

    /** The journal hook of one call, as the transport's per-attempt hooks. */
    public static AttemptHooks hooks(String step, OutgoingCall call, CallListener listener) {
        return new AttemptHooks() {
            @Override
            public void beforeSend(int attempt) {
                listener.beforeCall(step, call, attempt);
            }

            @Override
            public void answered(int attempt, int status, byte[] body) {
                listener.answered(step, call, attempt, status, body.clone());
            }
        };
    }

    private Map<String, String> headers(OutgoingCall call) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put("Accept", "application/json");
        if (call.operation().method().equals("POST") && call.operation().tokenRequired()) {
            headers.put("token", passcodes.getToken(call.body()));
        }
        return headers;
    }

    private RuntimeException failure(OutgoingCall call, TransportFailure f) {
        if (f.kind() == FailureKind.JOURNAL_FAILED) {
            return new PayJournalException(call.operation(), call.requestId(), f.attempts(),
                    f.anyMayHaveReachedServer(), tips.tip(TipCodes.JOURNAL_FAILED), f.getCause());
        }
        if (f.kind() == FailureKind.OVERSIZED) {
            return new PayProtocolException(call.operation(), call.requestId(), 200, f.getCause().getMessage(),
                    tips.tip(TipCodes.UNEXPECTED_RESPONSE), f.getCause());
        }
        String code = f.kind() == FailureKind.TIMED_OUT_AFTER_SEND ? TipCodes.NETWORK_TIMEOUT
                : TipCodes.NETWORK_FAILURE;
        return new PayNetworkException(call.operation(), call.requestId(), f.anyMayHaveReachedServer(), f.attempts(),
                tips.tip(code), f.getCause());
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
