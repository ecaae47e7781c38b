package org.kassa.payclient.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.random.RandomGenerator;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayNetworkException;
import org.kassa.payclient.PayProtocolException;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.payclient.tips.TipCodes;
import org.kassa.totp.PasscodeVerify;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one {@link OutgoingCall} over one pooled HttpClient: Basic auth, a fresh {@code token} over the exact
 * body bytes on every attempt, and bounded resends of the same bytes after a transport failure or a
 * 5xx/408/429. Logs request id, path, status and duration; never headers or bodies.
 */
public final class PayTransport implements Closeable {

    public static final int MAX_BODY = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(PayTransport.class);

    private final CloseableHttpClient http;
    private final String base;
    private final String authorization;
    private final PasscodeVerify passcodes;
    private final RetryPolicy retry;
    private final OperatorTips tips;
    private final RandomGenerator random;

    public PayTransport(PaySettings settings, PasscodeVerify passcodes, OperatorTips tips, RandomGenerator random) {
        this.base = stripSlash(settings.baseUrl().toString());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.login() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.passcodes = passcodes;
        this.retry = settings.retry();
        this.tips = tips;
        this.random = random;
        this.http = build(settings.connectTimeout(), settings.responseTimeout());
    }

    private static CloseableHttpClient build(Duration connect, Duration response) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(connect.toMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(response.toMillis()))
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                        .build())
                .setMaxConnTotal(32).setMaxConnPerRoute(32).build();
        return HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(response.toMillis()))
                        .setRedirectsEnabled(false).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableAuthCaching().evictIdleConnections(TimeValue.ofSeconds(30)).build();
    }

    /** Sends with resends as the retry policy allows; returns the first answer that is not retryable. */
    public HttpReply exchange(String step, OutgoingCall call, CallListener listener) {
        return exchange(step, call, listener, retry);
    }

    /** As {@link #exchange(String, OutgoingCall, CallListener)} with another policy (status polls send once). */
    public HttpReply exchange(String step, OutgoingCall call, CallListener listener, RetryPolicy retry) {
        boolean reached = false;
        for (int attempt = 1; ; attempt++) {
            listener.beforeCall(step, call, attempt);
            long started = System.nanoTime();
            try {
                HttpReply reply = sendOnce(call);
                log(call, attempt, Integer.toString(reply.status()), started);
                if (!retryable(reply.status()) || attempt >= retry.maxAttempts()) {
                    if (retryable(reply.status())) {
                        throw new PayProtocolException(call.operation(), call.requestId(), reply.status(),
                                "server error after " + attempt + " attempt(s)", tips.tip(TipCodes.SERVER_ERROR), null);
                    }
                    return reply;
                }
            } catch (OversizedBodyException e) {
                log(call, attempt, "oversized answer", started);
                throw new PayProtocolException(call.operation(), call.requestId(), 200, e.getMessage(),
                        tips.tip(TipCodes.UNEXPECTED_RESPONSE), e);
            } catch (IOException e) {
                FailureKind kind = FailureKind.of(e);
                reached |= kind.mayHaveReachedServer();
                log(call, attempt, kind.name().toLowerCase() + " (" + e.getClass().getSimpleName() + ")", started);
                if (attempt >= retry.maxAttempts()) {
                    String code = kind == FailureKind.TIMED_OUT_AFTER_SEND ? TipCodes.NETWORK_TIMEOUT
                            : TipCodes.NETWORK_FAILURE;
                    throw new PayNetworkException(call.operation(), call.requestId(), reached, attempt,
                            tips.tip(code), e);
                }
            }
            pause(call, retry.delayBefore(attempt + 1, random), reached, attempt);
        }
    }

    private HttpReply sendOnce(OutgoingCall call) throws IOException {
        HttpUriRequestBase request = call.operation().method().equals("GET")
                ? new HttpGet(URI.create(base + call.path())) : new HttpPost(URI.create(base + call.path()));
        request.setHeader("Authorization", authorization);
        request.setHeader("Accept", "application/json");
        if (request instanceof HttpPost) {
            byte[] body = call.body();
            if (call.operation().tokenRequired()) {
                request.setHeader("token", passcodes.getToken(body));
            }
            request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        return http.execute(request, PayTransport::read);
    }

    private static HttpReply read(ClassicHttpResponse response) throws IOException {
        Header location = response.getFirstHeader("Location");
        return new HttpReply(response.getCode(), readLimited(response.getEntity()),
                location == null ? null : location.getValue());
    }

    private static byte[] readLimited(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (out.size() + n > MAX_BODY) {
                    throw new OversizedBodyException(MAX_BODY);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private void pause(OutgoingCall call, Duration delay, boolean reached, int attempts) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PayNetworkException(call.operation(), call.requestId(), reached, attempts,
                    tips.tip(TipCodes.NETWORK_FAILURE), e);
        }
    }

    private static void log(OutgoingCall call, int attempt, String outcome, long startedNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("pay {} {} requestId={} attempt={} -> {} in {} ms", call.operation().method(), call.path(),
                    call.requestId(), attempt, outcome, (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
