package org.kassa.payclient.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kassa.payclient.testing.ScriptedServer.drop;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.testing.ScriptedServer;

/** The shared transport over real loopback HTTP: per-attempt headers, the caller's resend rule, bounds. */
class JsonTransportTest {

    private static final byte[] BODY = "{\"requestId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final RetryPolicy THREE_NO_WAIT = new RetryPolicy(3, Duration.ZERO, Duration.ZERO);
    private static final ResendRule RESEND_ALL = new ResendRule(status -> status >= 500, kind -> true);
    private static final ResendRule RESEND_NONE = new ResendRule(status -> false, kind -> false);

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

    private WireRequest post(URI base) {
        return new WireRequest("POST", base.resolve("/x"), BODY, ContentType.APPLICATION_JSON,
                attempt -> Map.of("x-attempt", Integer.toString(attempt)), "test POST /x");
    }

    @Test
    void aResentRequestCarriesTheSameBytesAndFreshHeadersOnEveryAttempt() throws Exception {
        server.then("/x", json(503, "{}")).then("/x", drop()).then("/x", json(200, "{\"ok\":true}"));

        HttpReply reply = transport.exchange(post(server.baseUrl()), THREE_NO_WAIT, RESEND_ALL);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.attempt()).isEqualTo(3);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
        assertThat(server.received()).extracting(r -> r.header("x-attempt")).containsExactly("1", "2", "3");
        assertThat(server.received()).allSatisfy(r -> {
            assertThat(r.body()).isEqualTo(BODY);
            assertThat(r.header("Content-Type")).startsWith("application/json");
        });
    }

    @Test
    void anAnswerTheRuleDoesNotResendIsReturnedAtOnce() throws Exception {
        server.always("/x", json(503, "{}"));

        HttpReply reply = transport.exchange(post(server.baseUrl()), THREE_NO_WAIT, RESEND_NONE);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.attempt()).isEqualTo(1);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void whenAttemptsRunOutTheLastAnswerIsReturned() throws Exception {
        server.always("/x", json(500, "{}"));

        HttpReply reply = transport.exchange(post(server.baseUrl()), THREE_NO_WAIT, RESEND_ALL);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.attempt()).isEqualTo(3);
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void aRefusedConnectionIsNotSentOnAnyAttempt() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        TransportFailure f = catchThrowableOfType(() -> transport.exchange(
                post(URI.create("http://127.0.0.1:" + closedPort)), THREE_NO_WAIT, RESEND_ALL), TransportFailure.class);

        assertThat(f.kind()).isEqualTo(FailureKind.NOT_SENT);
        assertThat(f.attempts()).isEqualTo(3);
        assertThat(f.anyMayHaveReachedServer()).isFalse();
    }

    @Test
    void aLostAnswerMayHaveReachedTheServerAndIsNotResentAgainstTheRule() {
        server.always("/x", drop());

        TransportFailure f = catchThrowableOfType(() -> transport.exchange(post(server.baseUrl()), THREE_NO_WAIT,
                RESEND_NONE), TransportFailure.class);

        assertThat(f.kind()).isEqualTo(FailureKind.CUT_AFTER_SEND);
        assertThat(f.attempts()).isEqualTo(1);
        assertThat(f.anyMayHaveReachedServer()).isTrue();
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void anAnswerOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
        byte[] limit = new byte[JsonTransport.MAX_BODY];
        server.then("/x", ScriptedServer.raw(200, limit, Map.of()))
                .then("/x", ScriptedServer.raw(200, new byte[JsonTransport.MAX_BODY + 1], Map.of()));

        assertThat(transport.exchange(post(server.baseUrl()), THREE_NO_WAIT, RESEND_NONE).body()).hasSize(limit.length);
        TransportFailure f = catchThrowableOfType(() -> transport.exchange(post(server.baseUrl()), THREE_NO_WAIT,
                RESEND_NONE), TransportFailure.class);
        assertThat(f.kind()).isEqualTo(FailureKind.OVERSIZED);
        assertThat(f.kind().mayHaveReachedServer()).isTrue();
    }

    @Test
    void aGetSendsNoBody() throws Exception {
        server.then("/x", json(200, "{}"));

        transport.exchange(new WireRequest("GET", server.baseUrl().resolve("/x"), BODY, ContentType.APPLICATION_JSON,
                attempt -> Map.of(), "test GET /x"), THREE_NO_WAIT, RESEND_NONE);

        assertThat(server.received().get(0).method()).isEqualTo("GET");
        assertThat(server.received().get(0).body()).isEmpty();
    }
}
