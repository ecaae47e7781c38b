package org.kassa.payclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kassa.payclient.testing.ScriptedServer.drop;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.AvailabilityRequest;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.CheckoutRequest;
import org.kassa.payclient.api.CheckoutResponse;
import org.kassa.payclient.api.PaymentMethod;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.payclient.api.StatusResponse;
import org.kassa.payclient.api.TransactionStatus;
import org.kassa.payclient.api.User;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;
import org.kassa.totp.TokenCheck;

/** The client against a real loopback HTTP server: auth, token, bytes, resends and typed errors. */
class PayClientTest {

    private static final String TX = "f9a59682-3d05-4af6-8308-2c1f1665d733";
    private static final String CHECKOUT_OK = "{\"requestId\":\"r\",\"transactionId\":\"" + TX + "\",\"status\":\"new\","
            + "\"slip\":{\"id\":\"s1\",\"paymentType\":\"SBP\",\"totalAmount\":30001,\"qrcId\":\"Q1\",\"kzo\":\"K\"},"
            + "\"someFutureField\":{\"x\":[1,2]}}";

    private ScriptedServer server;
    private PayClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private CheckoutRequest checkout() {
        return new CheckoutRequest("4ee64eb1-0012-4cd0-aefe-966d48ea7b71", "A1G97N", PaySettings.TRAINING_STORE_ID,
                "kassa-training-01", CheckoutInvoice.of("order-1", Fixtures.items(1)), new User(Fixtures.LOYALTY_ID),
                List.of(PaymentMethod.of("SBP")));
    }

    @Test
    void checkoutSendsBasicAuthAndATokenOverTheExactBodyBytes() {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT_OK));
        OutgoingCall call = client.prepare(checkout());

        CheckoutResponse answer = client.checkout(call, "checkout", CallListener.NONE);

        assertThat(answer.transactionId()).isEqualTo(TX);
        assertThat(answer.slip().qrcId()).isEqualTo("Q1");
        ScriptedServer.Received r = server.received().get(0);
        assertThat(r.body()).isEqualTo(call.body());
        assertThat(r.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("training:training".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(Fixtures.tokenVerifier().check(r.header("token"), r.body())).isEqualTo(TokenCheck.VALID);
        assertThat(Fixtures.tokenVerifier().check(r.header("token"), (r.text() + " ").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(TokenCheck.MISMATCH);
        assertThat(r.text()).contains("\"cardSession\":\"A1G97N\"", "\"totalAmount\":30001", "\"measure\":\"GRAM\"",
                "\"quantity\":1125.0", "\"currency\":\"RUB\"").doesNotContain("null");
    }

    @Test
    void availabilityUsesTheVendorSpellingCardsessionAndCarriesAToken() {
        server.then(Operation.AVAILABILITY.path(), json(200, "{\"koshelekPayIsDefault\":true,"
                + "\"paymentTypeAvailabilityInfoList\":[{\"paymentType\":\"SBP\",\"available\":true,\"message\":\"\"},"
                + "{\"paymentType\":\"NEWPAY\",\"available\":true}]}"));
        AvailabilityAnswer answer = client.availability(client.prepare(new AvailabilityRequest("rq", "A1G97N",
                PaySettings.TRAINING_STORE_ID, "t1", CheckoutInvoice.of("o", Fixtures.items(0)), new User("1"))),
                "availability", CallListener.NONE);

        assertThat(answer).isInstanceOf(AvailabilityAnswer.Ready.class);
        assertThat(((AvailabilityAnswer.Ready) answer).info().available("NEWPAY")).isTrue();
        ScriptedServer.Received r = server.received().get(0);
        assertThat(r.text()).contains("\"cardsession\":\"A1G97N\"");
        assertThat(Fixtures.tokenVerifier().check(r.header("token"), r.body())).isEqualTo(TokenCheck.VALID);
    }

    @Test
    void statusAndCancelCarryNoToken() {
        server.then(Operation.STATUS.path(), json(200, "{\"requestId\":\"x\",\"transactionId\":\"" + TX
                + "\",\"status\":\"on_hold_v2\",\"paymentGroup\":\"SBP\",\"paymentProvider\":\"NEWBANK\"}"));
        StatusResponse s = client.status(client.prepare(new StatusRequest("x", TX, null)), "status", CallListener.NONE);

        assertThat(s.status()).isEqualTo(TransactionStatus.of("on_hold_v2"));
        assertThat(s.paymentProvider()).isEqualTo("NEWBANK");
        assertThat(server.received().get(0).header("token")).isNull();
    }

    @Test
    void http422BecomesABusinessErrorWithCodeDetailsAndTip() {
        server.then(Operation.CHECKOUT.path(), json(422, "{\"code\":\"NOT_ENOUGH_LIMIT_TO_PAY\",\"details\":\"Лимит\"}"));

        assertThatThrownBy(() -> client.checkout(client.prepare(checkout()), "checkout", CallListener.NONE))
                .isInstanceOfSatisfying(PayBusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_ENOUGH_LIMIT_TO_PAY");
                    assertThat(e.details()).isEqualTo("Лимит");
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.tip().known()).isTrue();
                    assertThat(e.tip().next()).contains("another payment method");
                    assertThat(e.outcomeUnknown()).isFalse();
                });
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void http200WithErrorCodeBecomesTheSameBusinessError() {
        server.then(Operation.CHECKOUT.path(), json(200, "{\"requestId\":\"r\",\"errorCode\":\"EXTERNAL_PROVIDER_ERROR\"}"));

        assertThatThrownBy(() -> client.checkout(client.prepare(checkout()), "checkout", CallListener.NONE))
                .isInstanceOfSatisfying(PayBusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("EXTERNAL_PROVIDER_ERROR");
                    assertThat(e.httpStatus()).isEqualTo(200);
                });
    }

    @Test
    void aServerErrorIsResentWithTheSameRequestIdAndBytesAndAFreshValidToken() {
        server.then(Operation.CHECKOUT.path(), json(503, "{}")).then(Operation.CHECKOUT.path(), drop())
                .then(Operation.CHECKOUT.path(), json(200, CHECKOUT_OK));
        List<Integer> attempts = new ArrayList<>();
        OutgoingCall call = client.prepare(checkout());

        client.checkout(call, "checkout", (step, c, attempt) -> attempts.add(attempt));

        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(server.received()).hasSize(3).allSatisfy(r -> {
            assertThat(r.body()).isEqualTo(call.body());
            assertThat(Fixtures.tokenVerifier().check(r.header("token"), r.body())).isEqualTo(TokenCheck.VALID);
        });
    }

    @Test
    void aLostAnswerOnEveryAttemptSaysTheServerMayHaveTheRequest() {
        server.always(Operation.CHECKOUT.path(), drop());

        assertThatThrownBy(() -> client.checkout(client.prepare(checkout()), "checkout", CallListener.NONE))
                .isInstanceOfSatisfying(PayNetworkException.class, e -> {
                    assertThat(e.mayHaveReachedServer()).isTrue();
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.code()).isEqualTo("NETWORK_FAILURE");
                });
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void aSilentServerTimesOut() {
        // The timeout is the subject: a short response timeout against an answer that comes much later.
        server.always(Operation.CHECKOUT.path(), ScriptedServer.delayed(4000, json(200, CHECKOUT_OK)));
        PayClient once = Fixtures.client(Fixtures.settings(server.baseUrl()).withRetry(RetryPolicy.none())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(800)));

        assertThatThrownBy(() -> once.checkout(once.prepare(checkout()), "checkout", CallListener.NONE))
                .isInstanceOfSatisfying(PayNetworkException.class, e -> {
                    assertThat(e.mayHaveReachedServer()).isTrue();
                    assertThat(e.code()).isEqualTo("NETWORK_TIMEOUT");
                });
        once.close();
    }

    @Test
    void aRefusedConnectionSaysNothingReachedTheServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PayClient offline = Fixtures.client(Fixtures.settings(URI.create("http://127.0.0.1:" + port)));

        assertThatThrownBy(() -> offline.checkout(offline.prepare(checkout()), "checkout", CallListener.NONE))
                .isInstanceOfSatisfying(PayNetworkException.class, e -> {
                    assertThat(e.mayHaveReachedServer()).isFalse();
                    assertThat(e.outcomeUnknown()).isFalse();
                });
        offline.close();
    }

    @Test
    void wrongCredentialsAreNamedAsSuch() {
        server.then(Operation.STATUS.path(), json(401, ""));

        assertThatThrownBy(() -> client.status(client.prepare(new StatusRequest("x", TX, null)), "s", CallListener.NONE))
                .isInstanceOfSatisfying(PayProtocolException.class,
                        e -> assertThat(e.code()).isEqualTo("AUTHENTICATION_FAILED"));
    }

    @Test
    void aDeferredAvailabilityTaskPollsTheLocationOfTheApiOnly() {
        server.then(Operation.AVAILABILITY.path(), ScriptedServer.raw(201,
                "{\"availabilityInfoId\":\"ecda679e\",\"timeout\":350}".getBytes(StandardCharsets.UTF_8),
                Map.of("Location", "http://evil.example/steal")));
        AvailabilityAnswer answer = client.availability(client.prepare(new AvailabilityRequest("rq", "A1G97N",
                PaySettings.TRAINING_STORE_ID, "t1", CheckoutInvoice.of("o", Fixtures.items(0)), new User("1"))),
                "availability", CallListener.NONE);

        assertThat(answer).isInstanceOfSatisfying(AvailabilityAnswer.Deferred.class, d -> {
            assertThat(d.task().timeout()).isEqualTo(350);
            assertThat(d.poll().path()).isEqualTo("/api/v1/merchant/availability-info/ecda679e");
        });
    }
}
