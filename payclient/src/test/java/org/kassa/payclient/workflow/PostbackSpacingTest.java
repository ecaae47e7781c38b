package org.kassa.payclient.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/**
 * A postback only brings the next status call forward to the earliest instant the vendor's polling rule allows
 * (docs/contracts.md#pay-api-status-polling): never sooner than 250 ms after the checkout answer, never closer
 * than 250 ms to the previous call. Times are the client's own send instants (the journal hook runs right before
 * each send) and the server's arrivals.
 */
class PostbackSpacingTest {

    private static final String TX = PaymentWorkflowTest.TX;
    private static final String STATUS = Operation.STATUS.path();

    private ScriptedServer server;
    private PayClient client;
    private final Recorder<PaymentState> rec = new Recorder<>();
    private final AtomicLong checkoutAnswered = new AtomicLong();
    private final AtomicReference<PaymentWorkflow> workflow = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        // Regular polls would come only after 500 ms, then every 20 s: any sooner call is the postback's doing.
        client = Fixtures.client(Fixtures.settings(server.baseUrl()).withPolling(
                new PollingPolicy(Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60))));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** A status answer that is followed at once by another postback hint. */
    private ScriptedServer.Answer pendingThenHint() {
        return (exchange, request) -> {
            json(200, PaymentWorkflowTest.status("pending")).answer(exchange, request);
            workflow.get().postbackReceived(TX);
        };
    }

    @Test
    void postbackHintsNeverBringStatusCallsCloserThanTheSeedAllows() throws Exception {
        server.then(Operation.CHECKOUT.path(), json(200, PaymentWorkflowTest.CHECKOUT))
                .then(STATUS, pendingThenHint()).then(STATUS, pendingThenHint())
                .then(STATUS, json(200, PaymentWorkflowTest.status("accepted")));
        PaymentWorkflow w = PaymentWorkflow.create(client, Fixtures.order("A1G97N", 0), rec);
        workflow.set(w);
        w.addListener(rec).addListener(event -> {
            if (event.state() == PaymentState.AWAITING_STATUS && checkoutAnswered.compareAndSet(0, System.nanoTime())) {
                w.postbackReceived(TX); // a postback right on the heels of the checkout answer
            }
        });
        w.start();

        WorkflowEvent<PaymentState> end = w.result().get(15, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        List<Long> sends = rec.calls.stream().filter(c -> c.step().equals("status")).map(Recorder.Call::nanos)
                .toList();
        assertThat(sends).as("three status calls, without waiting for the 20 s interval").hasSize(3);
        Duration first = Duration.ofNanos(sends.get(0) - checkoutAnswered.get());
        assertThat(first).as("first status call after the checkout answer").isGreaterThanOrEqualTo(
                PollingPolicy.MIN_FIRST);
        for (int i = 1; i < sends.size(); i++) {
            assertThat(Duration.ofNanos(sends.get(i) - sends.get(i - 1))).as("gap before status call %d", i + 1)
                    .isGreaterThanOrEqualTo(PollingPolicy.MIN_INTERVAL);
        }
        // The vendor's own upper bound: the first status call at most 500 ms after the checkout, from the server's
        // arrival times (the checkout arrived before its answer left, so this is the stricter reading).
        List<ScriptedServer.Received> got = server.received();
        assertThat(Duration.ofNanos(got.get(1).nanos() - got.get(0).nanos())).isLessThanOrEqualTo(
                PollingPolicy.MAX_FIRST);
    }
}
