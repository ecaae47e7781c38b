package org.kassa.payclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.CheckoutRequest;
import org.kassa.payclient.api.PaymentMethod;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.User;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;
import org.kassa.payclient.tips.OperatorTips;

/** The one journal hook of the Pay client over real loopback HTTP: it can stop a send, and hears every answer. */
class PayJournalHookTest {

    private static final String TX = "9dcc19d0-9c5a-11ea-ab12-0800200c9a66";
    /** Odd spacing and an escape on purpose: the journal must get these bytes, not a re-serialization. */
    private static final String ANSWER = "{ \"requestId\" : \"r\", \"transactionId\":\"" + TX + "\",\n"
            + "  \"status\":\"new\", \"note\":\"\\u0041\" }";

    private ScriptedServer server;
    private PayClient client;

    record Answered(String step, Operation operation, int attempt, int status, byte[] body) {
    }

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl())
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(80))));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private OutgoingCall checkout() {
        return client.prepare(new CheckoutRequest(RequestIds.next(), "A1G97N", "1", "1",
                CheckoutInvoice.of("order-1", Fixtures.items(0)), new User(Fixtures.LOYALTY_ID),
                List.of(new PaymentMethod("SBP", null))));
    }

    @Test
    void aJournalThatCannotWriteStopsTheSendWithATypedErrorAndAnOperatorTip() {
        server.always(Operation.CHECKOUT.path(), json(200, ANSWER));

        PayJournalException e = catchThrowableOfType(() -> client.checkout(checkout(), "checkout",
                (step, call, attempt) -> {
                    throw new IllegalStateException("No space left on device");
                }), PayJournalException.class);

        assertThat(server.received()).as("nothing reached the server").isEmpty();
        assertThat(e.code()).isEqualTo("JOURNAL_FAILED");
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(e.attempt()).isEqualTo(1);
        assertThat(e.getCause()).hasMessage("No space left on device");
        assertThat(e.tip().text()).contains("journal", "nothing was sent", "data folder");
        assertThat(OperatorTips.russian().tip("JOURNAL_FAILED").text()).contains("журнал", "ничего не отправила");
    }

    @Test
    void aJournalThatFailsOnAResendStopsItAndSaysTheFirstSendMayHaveArrived() {
        server.then(Operation.CHECKOUT.path(), json(503, "{}")).always(Operation.CHECKOUT.path(), json(200, ANSWER));

        PayJournalException e = catchThrowableOfType(() -> client.checkout(checkout(), "checkout",
                (step, call, attempt) -> {
                    if (attempt == 2) {
                        throw new IllegalStateException("disk gone");
                    }
                }), PayJournalException.class);

        assertThat(server.received()).hasSize(1);
        assertThat(e.attempt()).isEqualTo(2);
        assertThat(e.outcomeUnknown()).as("the first send got a 503: it may have been processed").isTrue();
    }

    @Test
    void everyAnswerReachesTheJournalWithItsExactBytesAndStatus() {
        server.then(Operation.CHECKOUT.path(), json(503, "{\"busy\":1}"))
                .then(Operation.CHECKOUT.path(), json(200, ANSWER));
        List<Answered> answers = new CopyOnWriteArrayList<>();
        CallListener journal = new CallListener() {
            @Override
            public void beforeCall(String step, OutgoingCall call, int attempt) {
            }

            @Override
            public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
                answers.add(new Answered(step, call.operation(), attempt, httpStatus, rawBody));
            }
        };

        assertThat(client.checkout(checkout(), "checkout", journal).transactionId()).isEqualTo(TX);

        assertThat(answers).extracting(Answered::attempt).containsExactly(1, 2);
        assertThat(answers).extracting(Answered::status).containsExactly(503, 200);
        assertThat(answers).extracting(Answered::step).containsOnly("checkout");
        assertThat(answers).extracting(Answered::operation).containsOnly(Operation.CHECKOUT);
        assertThat(new String(answers.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{\"busy\":1}");
        assertThat(answers.get(1).body()).isEqualTo(ANSWER.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJournalThatFailsOnTheAnswerDoesNotLoseTheAnswer() {
        server.always(Operation.CHECKOUT.path(), json(200, ANSWER));
        CallListener journal = new CallListener() {
            @Override
            public void beforeCall(String step, OutgoingCall call, int attempt) {
            }

            @Override
            public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
                throw new IllegalStateException("disk full after the send");
            }
        };

        assertThat(client.checkout(checkout(), "checkout", journal).transactionId()).isEqualTo(TX);
        assertThat(server.received()).as("the answer in hand is used, not resent for").hasSize(1);
    }
}
