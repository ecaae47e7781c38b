package org.kassa.payclient.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/** {@code Retry-After} on 429/503, within the bounded resend policy and only where resending is safe. */
class RetryAfterTest {

    private static final byte[] BODY = "{\"requestId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);
    /** Own backoff at most 80 ms: a wait of about a second can only be the server's Retry-After. */
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(2));
    private static final ResendRule SERVER_ERRORS = new ResendRule(s -> s >= 500 || s == 429, kind -> true);

    private ScriptedServer server;
    private JsonTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        transport = new JsonTransport(Duration.ofSeconds(5), Duration.ofSeconds(5), new SecureRandom());
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
    }

    private HttpReply post(ResendRule rule) throws TransportFailure {
        return transport.exchange(new WireRequest("POST", server.baseUrl().resolve("/x"), BODY,
                ContentType.APPLICATION_JSON, attempt -> Map.of(), "test POST /x"), POLICY, rule);
    }

    private static ScriptedServer.Answer busy(int status, String retryAfter) {
        return ScriptedServer.raw(status, "{}".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", retryAfter));
    }

    private Duration gap() {
        List<ScriptedServer.Received> got = server.received();
        return Duration.ofNanos(got.get(1).nanos() - got.get(0).nanos());
    }

    @Test
    void a503WithRetryAfterInSecondsIsResentNoEarlierThanAsked() throws Exception {
        server.then("/x", busy(503, "1")).then("/x", json(200, "{\"ok\":true}"));

        HttpReply reply = post(SERVER_ERRORS);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.attempt()).isEqualTo(2);
        assertThat(server.received()).hasSize(2);
        assertThat(gap()).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void a429WithRetryAfterAsAnHttpDateIsResentNoEarlierThanThatDate() throws Exception {
        // Two seconds ahead, written with whole seconds: the wait is over one second.
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2).withNano(0));
        server.then("/x", busy(429, date)).then("/x", json(200, "{}"));

        assertThat(post(SERVER_ERRORS).attempt()).isEqualTo(2);

        assertThat(gap()).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void aRetryAfterBeyondThePolicysLongestWaitIsNotResentAtAll() throws Exception {
        server.then("/x", busy(503, "120")).then("/x", json(200, "{}"));

        HttpReply reply = post(SERVER_ERRORS);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(server.received()).as("a resend before the asked 2 minutes would be refused again").hasSize(1);
    }

    @Test
    void retryAfterNeverMakesAnUnsafeResend() throws Exception {
        server.then("/x", busy(503, "1")).then("/x", json(200, "{}"));

        HttpReply reply = post(new ResendRule(s -> false, kind -> false));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void thePayClientWaitsTheAskedSecondThenGetsItsAnswer() throws Exception {
        server.then(Operation.CHECKOUT.path(), busy(503, "1"));
        try (PayClient client = Fixtures.client(Fixtures.settings(server.baseUrl()).withRetry(POLICY))) {
            server.always(Operation.CHECKOUT.path(), json(200, "{\"requestId\":\"r\",\"transactionId\":\"t-1\","
                    + "\"status\":\"new\"}"));
            var call = client.prepare(new org.kassa.payclient.api.CheckoutRequest(
                    org.kassa.payclient.api.RequestIds.next(), "A1G97N", "1", "1",
                    org.kassa.payclient.api.CheckoutInvoice.of("o", Fixtures.items(0)),
                    new org.kassa.payclient.api.User(Fixtures.LOYALTY_ID),
                    List.of(new org.kassa.payclient.api.PaymentMethod("SBP", null))));

            assertThat(client.checkout(call, "checkout", CallListener.NONE).transactionId()).isEqualTo("t-1");
        }
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).body()).isEqualTo(server.received().get(0).body());
        assertThat(gap()).isGreaterThanOrEqualTo(Duration.ofMillis(990));
    }

    @Test
    void theHeaderIsReadAsTheRfcSays() {
        Clock at = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        assertThat(RetryAfter.requested(503, " 7 ", at)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.requested(429, "Wed, 01 May 2024 10:00:30 GMT", at)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.requested(503, "Wed, 01 May 2024 09:00:00 GMT", at)).contains(Duration.ZERO);
        assertThat(RetryAfter.requested(503, "soon", at)).isEmpty();
        assertThat(RetryAfter.requested(503, "-5", at)).isEmpty();
        assertThat(RetryAfter.requested(500, "7", at)).as("only 429 and 503 carry it").isEmpty();
        assertThat(RetryAfter.requested(503, null, at)).isEmpty();
    }
}
