package org.kassa.payclient.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.kassa.payclient.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP plumbing of both clients (Pay API and Craftgate): one pooled Apache HttpClient 5 (classic) with its
 * own retries, redirects and cookies off, connect and response timeouts, and answers bounded to
 * {@link #MAX_BODY}. {@link #exchange} sends the same bytes again, with backoff and jitter, only where the
 * caller's {@link ResendRule} says it is safe. Logs the label, attempt, outcome and duration; never headers
 * or bodies. Thread-safe.
 */
public final class JsonTransport implements Closeable {

    public static final int MAX_BODY = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(JsonTransport.class);

    private final CloseableHttpClient http;
    private final RandomGenerator random;
    private final Clock clock = Clock.systemUTC();

    /** @param random the jitter of the backoff; shared between threads, so it must be thread-safe */
    public JsonTransport(Duration connectTimeout, Duration responseTimeout, RandomGenerator random) {
        this.http = build(connectTimeout, responseTimeout);
        this.random = random;
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
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(connect.toMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(response.toMillis()))
                        .setRedirectsEnabled(false).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableAuthCaching().evictIdleConnections(TimeValue.ofSeconds(30)).build();
    }

    /**
     * Sends {@code request} up to {@code retry.maxAttempts()} times: again after an outcome {@code rule}
     * accepts, never otherwise. Returns the first answer not resent (possibly a 5xx when attempts ran out).
     * A 429 or 503 with {@code Retry-After} is resent no earlier than the server asks; when it asks for more
     * than the policy's longest wait, the answer is returned instead (a resend earlier than asked would only
     * be refused again).
     *
     * @throws TransportFailure when the last attempt got no answer, the journal hook refused an attempt
     *                          ({@link FailureKind#JOURNAL_FAILED}; that attempt was not sent), or the wait
     *                          before a resend was interrupted
     */
    public HttpReply exchange(WireRequest request, RetryPolicy retry, ResendRule rule) throws TransportFailure {
        boolean reached = false;
        for (int attempt = 1; ; attempt++) {
            int current = attempt;
            try {
                request.hooks().beforeSend(current);
            } catch (RuntimeException e) {
                LOG.warn("{} attempt={} not sent: the journal hook failed ({})", request.logLabel(), attempt,
                        e.getClass().getSimpleName());
                throw new TransportFailure(FailureKind.JOURNAL_FAILED, attempt, reached, e);
            }
            HttpUriRequestBase message = message(request, current);
            long started = System.nanoTime();
            boolean last = attempt >= retry.maxAttempts();
            Duration wait = retry.delayBefore(attempt + 1, random);
            try {
                HttpReply reply = http.execute(message, response -> read(response, current));
                log(request, attempt, Integer.toString(reply.status()), started);
                answered(request, reply);
                if (last || !rule.status().test(reply.status())) {
                    return reply;
                }
                reached = true; // an answer, even a 5xx, means the server had the request and may have acted
                Optional<Duration> asked = RetryAfter.requested(reply.status(), reply.retryAfter(), clock);
                if (asked.isPresent() && asked.get().compareTo(retry.maxBackoff()) > 0) {
                    LOG.info("{} attempt={}: the server asks to wait {} s, longer than the resend policy allows; "
                            + "not resent", request.logLabel(), attempt, asked.get().toSeconds());
                    return reply;
                }
                if (asked.isPresent() && asked.get().compareTo(wait) > 0) {
                    wait = asked.get(); // within maxBackoff, checked above
                }
            } catch (IOException e) {
                FailureKind kind = FailureKind.of(e);
                reached |= kind.mayHaveReachedServer();
                log(request, attempt, kind.name().toLowerCase() + " (" + e.getClass().getSimpleName() + ")", started);
                if (last || !rule.failure().test(kind)) {
                    throw new TransportFailure(kind, attempt, reached, e);
                }
            }
            pause(wait, attempt, reached);
        }
    }

    private static void answered(WireRequest request, HttpReply reply) {
        try {
            request.hooks().answered(reply.attempt(), reply.status(), reply.body());
        } catch (RuntimeException e) {
            LOG.warn("{} attempt={}: the journal hook failed on the answer ({}); the answer is used anyway",
                    request.logLabel(), reply.attempt(), e.getClass().getSimpleName());
        }
    }

    private static HttpUriRequestBase message(WireRequest request, int attempt) {
        HttpUriRequestBase message = new HttpUriRequestBase(request.method(), request.uri());
        request.headersForAttempt().apply(attempt).forEach(message::setHeader);
        if (!"GET".equals(request.method())) {
            message.setEntity(new ByteArrayEntity(request.body(), request.contentType()));
        }
        return message;
    }

    private static HttpReply read(ClassicHttpResponse response, int attempt) throws IOException {
        Header location = response.getFirstHeader("Location");
        Header retryAfter = response.getFirstHeader("Retry-After");
        return new HttpReply(response.getCode(), readLimited(response.getEntity()),
                location == null ? null : location.getValue(), retryAfter == null ? null : retryAfter.getValue(),
                attempt);
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

    private static void pause(Duration delay, int attempts, boolean reached) throws TransportFailure {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportFailure(FailureKind.INTERRUPTED, attempts, reached, e);
        }
    }

    private static void log(WireRequest request, int attempt, String outcome, long startedNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} attempt={} -> {} in {} ms", request.logLabel(), attempt, outcome,
                    (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
