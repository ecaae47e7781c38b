package org.kassa.payclient.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.drop;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/** The payment state machine against a scripted loopback server. */
class PaymentWorkflowTest {

    static final String TX = "9dcc19d0-9c5a-11ea-ab12-0800200c9a66";
    static final String CHECKOUT = "{\"requestId\":\"r\",\"transactionId\":\"" + TX + "\",\"status\":\"new\","
            + "\"slip\":{\"id\":\"s\",\"paymentType\":\"SBP\",\"totalAmount\":30000}}";
    static final String STATUS = Operation.STATUS.path();

    private ScriptedServer server;
    private PayClient client;
    private final Recorder<PaymentState> rec = new Recorder<>();

    static String status(String status) {
        return "{\"requestId\":\"q\",\"transactionId\":\"" + TX + "\",\"status\":\"" + status
                + "\",\"paymentGroup\":\"SBP\",\"paymentProvider\":\"DOLYAME\"}";
    }

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

    private WorkflowEvent<PaymentState> pay(PayClient c, PaymentWorkflow w) throws Exception {
        w.addListener(rec).start();
        return w.result().get(20, TimeUnit.SECONDS);
    }

    private PaymentWorkflow workflow(PayClient c) {
        return PaymentWorkflow.create(c, Fixtures.order("A1G97N", 0), rec);
    }

    @Test
    void checkoutThenPollingUntilAcceptedWithTheVendorsSpacing() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT))
                .then(STATUS, json(200, status("pending"))).then(STATUS, json(200, status("pending")))
                .then(STATUS, json(200, status("accepted")));
        PaymentWorkflow w = workflow(client);

        WorkflowEvent<PaymentState> end = pay(client, w);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        assertThat(end.transactionId()).isEqualTo(TX);
        assertThat(rec.states()).containsExactly(PaymentState.CHECKOUT, PaymentState.AWAITING_STATUS,
                PaymentState.ACCEPTED);
        List<ScriptedServer.Received> got = server.received();
        assertThat(got).extracting(ScriptedServer.Received::path).containsExactly(Operation.CHECKOUT.path(),
                STATUS, STATUS, STATUS);
        // Spacing from the server's own arrival timestamps: first poll >= 250 ms after checkout, then >= 250 ms.
        for (int i = 1; i < got.size(); i++) {
            assertThat(Duration.ofNanos(got.get(i).nanos() - got.get(i - 1).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(245));
        }
        assertThat(w.awaitThreadEnd(Duration.ofSeconds(5))).as("no thread outlives the workflow").isTrue();
    }

    @Test
    void everyCallIsAnnouncedWithItsRequestIdAndExactBytesBeforeItIsSent() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT)).always(STATUS, json(200, status("accepted")));

        pay(client, workflow(client));

        assertThat(rec.steps()).containsExactly("checkout", "status");
        List<ScriptedServer.Received> got = server.received();
        for (int i = 0; i < got.size(); i++) {
            Recorder.Call announced = rec.calls.get(i);
            assertThat(got.get(i).body()).isEqualTo(announced.call().body());
            assertThat(got.get(i).text()).contains("\"requestId\":\"" + announced.call().requestId() + "\"");
            assertThat(announced.nanos()).isLessThan(got.get(i).nanos());
        }
        assertThat(rec.calls.get(0).call().requestId()).hasSize(36);
    }

    @Test
    void aRejectionCarriesTheTipOfItsErrorCode() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT)).then(STATUS, json(200,
                status("rejected").replace("}", ",\"errorCode\":\"PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER\"}")));

        WorkflowEvent<PaymentState> end = pay(client, workflow(client));

        assertThat(end.state()).isEqualTo(PaymentState.REJECTED);
        assertThat(end.tip().code()).isEqualTo("PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER");
        assertThat(end.tip().known()).isTrue();
    }

    @Test
    void atTheCapThePaymentIsCancelledAndNothingPollsAfterwards() throws Exception {
        PayClient quick = Fixtures.client(Fixtures.settings(server.baseUrl()).withPolling(
                new PollingPolicy(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(1200))));
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT)).always(STATUS, json(200, status("pending")))
                .then(Operation.CANCEL.path(), json(200, "{\"requestId\":\"c\",\"refTransactionId\":\"ref-1\","
                        + "\"refStatus\":\"accepted\",\"transactionId\":\"" + TX + "\",\"status\":\"canceled\"}"));
        PaymentWorkflow w = workflow(quick);

        WorkflowEvent<PaymentState> end = pay(quick, w);

        assertThat(end.state()).isEqualTo(PaymentState.CANCELED);
        assertThat(end.tip().code()).isEqualTo("STATUS_TIMEOUT");
        assertThat(end.refTransactionId()).isEqualTo("ref-1");
        ScriptedServer.Received cancel = server.received(Operation.CANCEL.path()).get(0);
        assertThat(cancel.text()).contains("\"transactionId\":\"" + TX + "\"");
        assertThat(w.awaitThreadEnd(Duration.ofSeconds(5))).isTrue();
        int seen = server.received().size();
        Thread.sleep(600);
        assertThat(server.received()).as("no poll after the workflow ended").hasSize(seen);
        quick.close();
    }

    @Test
    void theOperatorCancelsWhileWaiting() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT)).always(STATUS, json(200, status("pending")))
                .then(Operation.CANCEL.path(), json(200, "{\"requestId\":\"c\",\"refTransactionId\":\"ref-2\","
                        + "\"refStatus\":\"accepted\",\"transactionId\":\"" + TX + "\",\"status\":\"canceled\"}"));
        PaymentWorkflow w = workflow(client);
        w.addListener(e -> {
            if (e.state() == PaymentState.AWAITING_STATUS) {
                w.cancel();
            }
        });

        WorkflowEvent<PaymentState> end = pay(client, w);

        assertThat(end.state()).isEqualTo(PaymentState.CANCELED);
        assertThat(end.tip().code()).isEqualTo("CANCELED_BY_OPERATOR");
    }

    @Test
    void aCancelRefusedBecauseThePaymentWentThroughEndsAccepted() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT))
                .then(STATUS, json(200, status("pending"))).then(STATUS, json(200, status("accepted")))
                .then(Operation.CANCEL.path(), json(422, "{\"code\":\"WRONG_TRANSACTION_STATE_CHANGE\"}"));
        PaymentWorkflow w = workflow(client);
        w.addListener(e -> {
            if ("pending".equals(e.status())) {
                w.cancel();
            }
        });

        WorkflowEvent<PaymentState> end = pay(client, w);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        assertThat(end.tip().code()).isEqualTo("CANCEL_AFTER_PAYMENT");
    }

    @Test
    void aPostbackTriggersAnImmediateConfirmingStatusCall() throws Exception {
        PayClient slow = Fixtures.client(Fixtures.settings(server.baseUrl()).withPolling(
                new PollingPolicy(Duration.ofMillis(250), Duration.ofSeconds(20), Duration.ofSeconds(60))));
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT))
                .then(STATUS, json(200, status("pending"))).then(STATUS, json(200, status("accepted")));
        PaymentWorkflow w = workflow(slow);
        w.addListener(e -> {
            if ("pending".equals(e.status())) {
                w.postbackReceived("some-other-transaction");
                w.postbackReceived(TX);
            }
        });

        WorkflowEvent<PaymentState> end = pay(slow, w);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        assertThat(server.received(STATUS)).hasSize(2);
        slow.close();
    }

    @Test
    void aBusinessRefusalAtCheckoutFailsWithItsTipAndNothingElseIsSent() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(422, "{\"code\":\"TOTAL_AMOUNT_IS_TOO_SMALL\",\"details\":\"<4\"}"));

        WorkflowEvent<PaymentState> end = pay(client, workflow(client));

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("TOTAL_AMOUNT_IS_TOO_SMALL");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aCheckoutWithoutAnswerWaitsInDoubtAndRetryResendsTheSameBytes() throws Exception {
        server.then(Operation.CHECKOUT.path(), drop()).then(Operation.CHECKOUT.path(), drop())
                .then(Operation.CHECKOUT.path(), drop()).then(Operation.CHECKOUT.path(), json(200, CHECKOUT))
                .always(STATUS, json(200, status("accepted")));
        PaymentWorkflow w = workflow(client);
        w.addListener(e -> {
            if (e.state() == PaymentState.IN_DOUBT) {
                assertThat(e.tip().code()).isEqualTo("NETWORK_FAILURE");
                w.retry();
            }
        });

        WorkflowEvent<PaymentState> end = pay(client, w);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        List<ScriptedServer.Received> checkouts = server.received(Operation.CHECKOUT.path());
        assertThat(checkouts).hasSize(4).allSatisfy(r -> assertThat(r.body()).isEqualTo(checkouts.get(0).body()));
    }

    @Test
    void availabilityFirstIncludingTheDeprecatedAsynchronousMode() throws Exception {
        PayClient withInfo = Fixtures.client(Fixtures.settings(server.baseUrl()).withAvailabilityInfo(true));
        String info = "\"koshelekPayIsDefault\":true,\"paymentTypeAvailabilityInfoList\":[{\"paymentType\":\"SBP\","
                + "\"available\":true}]";
        server.then(Operation.AVAILABILITY.path(), ScriptedServer.raw(201,
                        "{\"availabilityInfoId\":\"a1\",\"timeout\":300}".getBytes(StandardCharsets.UTF_8),
                        Map.of("Location", "/api/v1/merchant/availability-info/a1")))
                .then("/api/v1/merchant/availability-info/a1", json(200, "{\"availabilityInfoId\":\"a1\","
                        + "\"computationComplete\":false,\"pollingTimeout\":260," + info + "}"))
                .then("/api/v1/merchant/availability-info/a1", json(200, "{\"availabilityInfoId\":\"a1\","
                        + "\"computationComplete\":true,\"pollingTimeout\":0," + info + "}"))
                .then(Operation.CHECKOUT.path(), json(200, CHECKOUT)).always(STATUS, json(200, status("accepted")));
        PaymentWorkflow w = PaymentWorkflow.create(withInfo, Fixtures.order("A1G97N", 0), rec);

        WorkflowEvent<PaymentState> end = pay(withInfo, w);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        assertThat(rec.steps()).containsExactly("availability", "availability-poll", "availability-poll", "checkout",
                "status");
        List<ScriptedServer.Received> got = server.received();
        assertThat(got.get(1).method()).isEqualTo("GET");
        assertThat(Duration.ofNanos(got.get(1).nanos() - got.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(295));
        withInfo.close();
    }

    @Test
    void aPaymentTypeNotAllowedByConfigurationIsRefusedLocally() throws Exception {
        PaymentOrder order = new PaymentOrder("A1G97N", "1", Fixtures.order("A1G97N", 0).invoice(), "CRYPTO");

        WorkflowEvent<PaymentState> end = pay(client, PaymentWorkflow.create(client, order, rec));

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("PAYMENT_TYPE_NOT_ALLOWED");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void cancelBeforeStartSendsNothing() throws Exception {
        PaymentWorkflow w = workflow(client);
        w.cancel();
        w.start();

        assertThat(w.result().get(5, TimeUnit.SECONDS).state()).isEqualTo(PaymentState.CANCELED);
        assertThat(server.received()).isEmpty();
        assertThat(PaySettings.training(server.baseUrl()).toString()).doesNotContain("password=training");
    }

    @Test
    void closingARunningPaymentCancelsItAndEndsItsThread() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, CHECKOUT)).always(STATUS, json(200, status("pending")))
                .then(Operation.CANCEL.path(), json(200, "{\"requestId\":\"c\",\"refTransactionId\":\"ref-3\","
                        + "\"refStatus\":\"accepted\",\"transactionId\":\"" + TX + "\",\"status\":\"canceled\"}"));
        PaymentWorkflow w = workflow(client);
        w.addListener(e -> {
            if (e.state() == PaymentState.AWAITING_STATUS) {
                w.close();
            }
        });

        WorkflowEvent<PaymentState> end = pay(client, w);

        assertThat(end.state()).isEqualTo(PaymentState.CANCELED);
        assertThat(server.received(Operation.CANCEL.path())).hasSize(1);
        assertThat(w.awaitThreadEnd(Duration.ofSeconds(5))).isTrue();
    }
}
