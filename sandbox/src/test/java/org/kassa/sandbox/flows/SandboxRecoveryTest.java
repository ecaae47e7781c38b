package org.kassa.sandbox.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.sandbox.Fault;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.sandbox.testing.SandboxHarness;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.RefundPlanner;
import org.kassa.payclient.workflow.RefundState;
import org.kassa.payclient.workflow.RefundWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;

/**
 * The journal story of docs/architecture.md#principles: every request is handed to the journal before it is
 * sent; after a "crash" (the workflow and its client are gone) a new client resumes from the journaled request
 * alone, and the sandbox's ledger still holds one payment and one refund.
 */
class SandboxRecoveryTest {

    private SandboxHarness h;
    private final List<OutgoingCall> journal = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        h = new SandboxHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private CallListener journaling() {
        return (step, call, attempt) -> {
            h.beforeCall(step, call, attempt);
            if (attempt == 1) {
                journal.add(call);
            }
        };
    }

    private static <S extends Enum<S>> void awaitState(java.util.function.Supplier<WorkflowEvent<S>> current, S state)
            throws InterruptedException {
        for (int i = 0; i < 500 && current.get().state() != state; i++) {
            Thread.sleep(20);
        }
        assertThat(current.get().state()).isEqualTo(state);
    }

    @Test
    void aPaymentWhoseAnswerWasLostIsResumedFromTheJournalAfterACrash() throws Exception {
        h.sandbox.faults().next(Operation.CHECKOUT.path(), Fault.DROP_AFTER_PROCESSING, 3);
        PaymentWorkflow lost = PaymentWorkflow.create(h.client, new PaymentOrder(SandboxHarness.newCardSession(),
                Fixtures.LOYALTY_ID, CheckoutInvoice.of("crash-1", Fixtures.items(0)), "SBP"), journaling());
        lost.start();
        awaitState(lost::current, PaymentState.IN_DOUBT);
        lost.close();
        OutgoingCall journaled = journal.get(journal.size() - 1);

        try (PayClient restarted = Fixtures.client(h.client.settings())) {
            PaymentWorkflow resumed = PaymentWorkflow.resume(restarted, journaled, h);
            resumed.start();
            WorkflowEvent<PaymentState> end = resumed.result().get(20, TimeUnit.SECONDS);

            assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
            assertThat(h.sandbox.ledger().checkoutsWithRequestId(journaled.requestId())).isEqualTo(1);
            assertThat(h.sandbox.ledger().payments()).hasSize(1);
            assertThat(h.sandbox.ledger().payments().get(0).transactionId()).isEqualTo(end.transactionId());
        }
    }

    @Test
    void aRefundWhoseAnswerWasLostIsResumedOnce() throws Exception {
        PaymentWorkflow payment = PaymentWorkflow.create(h.client, new PaymentOrder(SandboxHarness.newCardSession(),
                Fixtures.LOYALTY_ID, CheckoutInvoice.of("crash-2", Fixtures.items(0)), "SBP"), h);
        payment.start();
        String tx = payment.result().get(20, TimeUnit.SECONDS).transactionId();
        h.sandbox.faults().next(Operation.REFUND.path(), Fault.DROP_AFTER_PROCESSING, 3);
        RefundWorkflow lost = RefundWorkflow.create(h.client,
                new RefundPlanner(h.client.settings(), h.client.tips()).full(tx, Fixtures.items(0)), journaling());
        lost.start();
        awaitState(lost::current, RefundState.IN_DOUBT);
        lost.close();

        try (PayClient restarted = Fixtures.client(h.client.settings())) {
            RefundWorkflow resumed = RefundWorkflow.resume(restarted, journal.get(journal.size() - 1), tx, h);
            resumed.start();

            assertThat(resumed.result().get(20, TimeUnit.SECONDS).state()).isEqualTo(RefundState.REFUNDED);
            assertThat(h.sandbox.ledger().payment(tx).orElseThrow().refunds()).hasSize(1);
        }
    }

    @Test
    void whenTheJournalCannotWriteNothingIsSent() throws Exception {
        long before = h.sandbox.ledger().requestsTo(Operation.CHECKOUT.path());
        PaymentWorkflow w = PaymentWorkflow.create(h.client, new PaymentOrder(SandboxHarness.newCardSession(),
                Fixtures.LOYALTY_ID, CheckoutInvoice.of("crash-3", Fixtures.items(0)), "SBP"), (step, call, attempt) -> {
                    throw new IllegalStateException("disk full");
                });
        w.start();

        awaitState(w::current, PaymentState.FAILED);
        assertThat(w.current().tip().code()).isEqualTo("JOURNAL_FAILED");
        assertThat(h.sandbox.ledger().requestsTo(Operation.CHECKOUT.path())).isEqualTo(before);
        w.close();
    }
}
