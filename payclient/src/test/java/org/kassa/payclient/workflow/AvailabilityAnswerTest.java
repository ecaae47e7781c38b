package org.kassa.payclient.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.AvailabilityInfo;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/**
 * The availability answer's own words reach the till: each type's {@code message} (the operator sees the
 * server's reason) and {@code koshelekPayIsDefault} (the till may preselect Koshelek Pay). Names as in the
 * vendor's OpenAPI and Pay API v1.2.1 (docs/contracts.md#pay-api-calls).
 */
class AvailabilityAnswerTest {

    private static final String REASON = "Недоступно по причине низкого кредитного рейтинга: score < 0.2";

    private ScriptedServer server;
    private PayClient client;
    private final Recorder<PaymentState> rec = new Recorder<>();

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl()).withAvailabilityInfo(true));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static String availability(boolean sbpAvailable) {
        return "{\"koshelekPayIsDefault\":true,\"paymentTypeAvailabilityInfoList\":["
                + "{\"paymentType\":\"SBP\",\"available\":" + sbpAvailable + ",\"message\":\""
                + (sbpAvailable ? "" : REASON) + "\"},"
                + "{\"paymentType\":\"DOLYAME\",\"available\":false,\"message\":\"Unavailable\"}]}";
    }

    @Test
    void theServersReasonForAnUnavailableTypeReachesTheOperator() throws Exception {
        server.then(Operation.AVAILABILITY.path(), json(200, availability(false)));
        PaymentWorkflow w = PaymentWorkflow.create(client, Fixtures.order("A1G97N", 0), rec).addListener(rec);
        w.start();

        WorkflowEvent<PaymentState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("PAYMENT_NOT_AVAILABLE");
        assertThat(end.tip().what()).contains(REASON);
        AvailabilityInfo info = end.availability();
        assertThat(info.isKoshelekPayDefault()).isTrue();
        assertThat(info.message("SBP")).contains(REASON);
        assertThat(info.message("DOLYAME")).contains("Unavailable");
        assertThat(server.received(Operation.CHECKOUT.path())).isEmpty();
    }

    @Test
    void theDefaultFlagIsOnEveryEventAfterTheAnswerSoTheTillCanPreselectKoshelekPay() throws Exception {
        server.then(Operation.AVAILABILITY.path(), json(200, availability(true)))
                .then(Operation.CHECKOUT.path(), json(200, PaymentWorkflowTest.CHECKOUT))
                .always(Operation.STATUS.path(), json(200, PaymentWorkflowTest.status("accepted")));
        PaymentWorkflow w = PaymentWorkflow.create(client, Fixtures.order("A1G97N", 0), rec).addListener(rec);
        w.start();

        WorkflowEvent<PaymentState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        WorkflowEvent<PaymentState> first = rec.events.stream().filter(e -> e.availability() != null).findFirst()
                .orElseThrow();
        assertThat(first.state()).as("heard before the checkout").isEqualTo(PaymentState.CHECKING_AVAILABILITY);
        assertThat(end.availability().isKoshelekPayDefault()).isTrue();
        assertThat(end.availability().message("SBP")).as("a blank message is no message").isEmpty();
        assertThat(end.tip()).isNull();
    }

    @Test
    void withoutAMessageTheTipIsTheCatalogsOwn() {
        AvailabilityInfo info = new AvailabilityInfo(null, null, null, null, java.util.List.of(
                new org.kassa.payclient.api.PaymentTypeAvailability("SBP", false, "  ")));
        assertThat(info.isKoshelekPayDefault()).isFalse();
        assertThat(info.unavailableMessages()).isNull();
        var tip = client.tips().tip("PAYMENT_NOT_AVAILABLE");
        assertThat(tip.withServerMessage(info.unavailableMessages())).isEqualTo(tip);
    }
}
