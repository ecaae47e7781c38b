package org.kassa.payclient.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/**
 * A payment whose journal breaks, or whose step throws an Error, ends in a state the operator sees: never a
 * hung workflow, and never a request sent that the journal did not record.
 */
class WorkflowFailureTest {

    private static final String STATUS = Operation.STATUS.path();

    private ScriptedServer server;
    private PayClient client;
    private final Recorder<PaymentState> rec = new Recorder<>();

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl()));
        server.always(Operation.CHECKOUT.path(), json(200, PaymentWorkflowTest.CHECKOUT))
                .always(STATUS, json(200, PaymentWorkflowTest.status("pending")));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private PaymentWorkflow start(CallListener journal) {
        PaymentWorkflow w = PaymentWorkflow.create(client, Fixtures.order("A1G97N", 0), journal).addListener(rec);
        w.start();
        return w;
    }

    /** Waits (bounded) until the workflow shows {@code state}. */
    private static void await(Supplier<WorkflowEvent<PaymentState>> current, PaymentState state) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (current.get().state() != state) {
            assertThat(System.nanoTime()).as("state %s within 10 s; now %s", state, current.get().state())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aJournalThatCannotWriteTheCheckoutFailsThePaymentAndNothingIsSent() throws Exception {
        PaymentWorkflow w = start((step, call, attempt) -> {
            throw new IllegalStateException("No space left on device");
        });

        WorkflowEvent<PaymentState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("JOURNAL_FAILED");
        assertThat(end.tip().text()).contains("nothing was sent", "data folder");
        assertThat(server.received()).isEmpty();
        assertThat(w.awaitThreadEnd(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aJournalThatBreaksAfterTheCheckoutWentOutLeavesThePaymentInDoubtAndStopsPolling() throws Exception {
        PaymentWorkflow w = start((step, call, attempt) -> {
            if (call.operation() == Operation.STATUS) {
                throw new IllegalStateException("disk gone");
            }
        });

        await(w::current, PaymentState.IN_DOUBT);
        Thread.sleep(600); // two status intervals: had polling gone on, its attempts would be journaled again

        assertThat(w.current().tip().code()).isEqualTo("JOURNAL_FAILED");
        assertThat(w.current().transactionId()).isEqualTo(PaymentWorkflowTest.TX);
        assertThat(server.received()).extracting(ScriptedServer.Received::path)
                .containsExactly(Operation.CHECKOUT.path());
        assertThat(w.result()).isNotDone();
        w.close();
    }

    @Test
    void anErrorThrownInTheCheckoutStepFailsThePaymentInsteadOfHangingIt() throws Exception {
        PaymentWorkflow w = start((step, call, attempt) -> {
            throw new StackOverflowError("deep journal");
        });

        WorkflowEvent<PaymentState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("LOCAL_FAILURE");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void anAssertionErrorWhilePollingPutsThePaymentInDoubtAndRetryResumesIt() throws Exception {
        boolean[] broken = {true};
        PaymentWorkflow w = start((step, call, attempt) -> {
            if (call.operation() == Operation.STATUS && broken[0]) {
                throw new AssertionError("journal invariant");
            }
        });
        await(w::current, PaymentState.IN_DOUBT);
        assertThat(w.current().tip().code()).isEqualTo("LOCAL_FAILURE");

        broken[0] = false;
        server.always(STATUS, json(200, PaymentWorkflowTest.status("accepted")));
        w.retry();

        assertThat(w.result().get(10, TimeUnit.SECONDS).state()).isEqualTo(PaymentState.ACCEPTED);
        assertThat(server.received(Operation.CHECKOUT.path())).as("the same checkout, resent to learn its state")
                .hasSize(2).allSatisfy(r -> assertThat(r.body()).isEqualTo(
                        server.received(Operation.CHECKOUT.path()).get(0).body()));
    }

    @Test
    void aListenerThatAlwaysThrowsAnErrorStillEndsTheWorkflow() throws Exception {
        PaymentWorkflow w = PaymentWorkflow.create(client, Fixtures.order("A1G97N", 0), CallListener.NONE)
                .addListener(event -> {
                    throw new NoClassDefFoundError("org/kassa/ui/Missing");
                });
        w.start();

        CompletableFuture<WorkflowEvent<PaymentState>> result = w.result();
        try {
            result.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            assertThat(expected.getCause()).isInstanceOf(NoClassDefFoundError.class);
        }
        assertThat(result).isDone();
        assertThat(w.awaitThreadEnd(Duration.ofSeconds(5))).as("no thread outlives the workflow").isTrue();
    }
}
