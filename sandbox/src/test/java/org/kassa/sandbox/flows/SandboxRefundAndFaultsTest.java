package org.kassa.sandbox.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Item;
import org.kassa.sandbox.Fault;
import org.kassa.sandbox.SandboxLedger.SandboxPayment;
import org.kassa.sandbox.SandboxLedger.SandboxRefund;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.sandbox.testing.SandboxHarness;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.RefundLine;
import org.kassa.payclient.workflow.RefundPlanner;
import org.kassa.payclient.workflow.RefundState;
import org.kassa.payclient.workflow.RefundWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;

/**
 * Refund flows and fault injection against the real sandbox: lost answers, resets, 5xx, malformed answers
 * and hangs never make a second transaction or a second refund in the sandbox's ledger.
 */
class SandboxRefundAndFaultsTest {

    private static SandboxHarness h;
    private static RefundPlanner planner;

    @BeforeAll
    static void start() {
        h = new SandboxHarness(s -> s.withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800)));
        planner = new RefundPlanner(h.client.settings(), h.client.tips());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @AfterEach
    void clean() {
        h.sandbox.faults().clear();
        assertThat(h.contractProblems).isEmpty();
    }

    static PaymentOrder order(int ending) {
        return new PaymentOrder(SandboxHarness.newCardSession(), Fixtures.LOYALTY_ID,
                CheckoutInvoice.of("order-" + ending, Fixtures.items(ending)), "SBP");
    }

    static PaymentWorkflow retrying(PaymentOrder order) {
        PaymentWorkflow w = PaymentWorkflow.create(h.client, order, h);
        w.addListener(e -> {
            if (e.state() == PaymentState.IN_DOUBT) {
                w.retry();
            }
        });
        return w;
    }

    static WorkflowEvent<PaymentState> paid(int ending) throws Exception {
        PaymentWorkflow w = PaymentWorkflow.create(h.client, order(ending), h);
        w.start();
        WorkflowEvent<PaymentState> end = w.result().get(20, TimeUnit.SECONDS);
        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        return end;
    }

    static WorkflowEvent<RefundState> refund(RefundWorkflow w) throws Exception {
        w.addListener(e -> {
            if (e.state() == RefundState.IN_DOUBT) {
                w.retry();
            }
        });
        w.start();
        return w.result().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aPartialThenAFullRefundOfTheRest() throws Exception {
        String tx = paid(0).transactionId();
        List<Item> sold = Fixtures.items(0);

        WorkflowEvent<RefundState> part = refund(RefundWorkflow.create(h.client,
                planner.partial(tx, sold, List.of(RefundLine.of(0, 1))), h));
        WorkflowEvent<RefundState> rest = refund(RefundWorkflow.create(h.client,
                planner.partial(tx, sold, List.of(RefundLine.of(0, 1), new RefundLine(1, new BigDecimal("1125")))), h));

        assertThat(part.state()).isEqualTo(RefundState.REFUNDED);
        assertThat(part.status()).isEqualTo("partial_refunded");
        assertThat(rest.state()).isEqualTo(RefundState.REFUNDED);
        assertThat(rest.status()).isEqualTo("refunded");
        SandboxPayment p = h.sandbox.ledger().payment(tx).orElseThrow();
        assertThat(p.refundedAmount()).isEqualTo(30000);
        assertThat(p.refunds()).hasSize(2);
        assertThat(h.sent("refund-status")).isNotEmpty();
    }

    @Test
    void refundErrorsCarryTheVendorsCodes() throws Exception {
        String tx = paid(0).transactionId();
        List<Item> sold = Fixtures.items(0);
        RefundWorkflow running = RefundWorkflow.create(h.client, planner.partial(tx, sold, List.of(RefundLine.of(0, 1))), h);
        running.start();
        while (running.current().state() != RefundState.AWAITING_STATUS && !running.result().isDone()) {
            Thread.sleep(10);
        }
        WorkflowEvent<RefundState> second = refund(RefundWorkflow.create(h.client,
                planner.partial(tx, sold, List.of(RefundLine.of(0, 1))), h));
        assertThat(second.tip().code()).isEqualTo("PAYMENT_TRANSACTION_IS_BEING_REFUNDED_ALREADY");
        assertThat(running.result().get(10, TimeUnit.SECONDS).state()).isEqualTo(RefundState.REFUNDED);

        Item more = new Item("Extra", "x", 50000L, "RUB", BigDecimal.ONE, "PIECE", 50000, 0L, 50000L, "vat20", null);
        WorkflowEvent<RefundState> tooMuch = refund(RefundWorkflow.create(h.client, planner.full(tx, List.of(more)), h));
        assertThat(tooMuch.state()).isEqualTo(RefundState.REJECTED);
        assertThat(tooMuch.tip().code()).isEqualTo("REQUESTED_REFUND_AMOUNT_IS_GREATER_THAN_AVAILABLE");
    }

    @Test
    void aRefundTheBankCancelsIsRejected() throws Exception {
        String tx = paid(9).transactionId();

        WorkflowEvent<RefundState> end = refund(RefundWorkflow.create(h.client, planner.full(tx, Fixtures.items(9)), h));

        assertThat(end.state()).isEqualTo(RefundState.REJECTED);
        assertThat(end.tip().code()).isEqualTo("CANCEL_REFUNDING_BY_BANK");
    }

    @Test
    void aRefundOfACancelledPaymentIsRefused() throws Exception {
        PaymentWorkflow w = PaymentWorkflow.create(h.client, order(2), h);
        w.addListener(e -> {
            if (e.state() == PaymentState.AWAITING_STATUS) {
                w.cancel();
            }
        });
        w.start();
        String tx = w.result().get(10, TimeUnit.SECONDS).transactionId();

        WorkflowEvent<RefundState> end = refund(RefundWorkflow.create(h.client, planner.full(tx, Fixtures.items(2)), h));

        assertThat(end.tip().code()).isEqualTo("TERMINAL_STATE_OF_PAYMENT_TRANSACTION");
    }

    @Test
    void lostCheckoutAnswersMakeOneTransaction() throws Exception {
        for (Fault fault : List.of(Fault.DROP_AFTER_PROCESSING, Fault.HTTP_500, Fault.DROP_BEFORE_PROCESSING,
                Fault.HANG, Fault.MALFORMED_JSON, Fault.EMPTY_BODY)) {
            int before = h.sandbox.ledger().payments().size();
            h.sandbox.faults().next(Operation.CHECKOUT.path(), fault, 3);
            PaymentWorkflow w = retrying(order(0));
            w.start();

            WorkflowEvent<PaymentState> end = w.result().get(30, TimeUnit.SECONDS);

            assertThat(end.state()).as("%s", fault).isEqualTo(PaymentState.ACCEPTED);
            assertThat(h.sandbox.ledger().payments()).as("%s", fault).hasSize(before + 1);
            assertThat(h.sandbox.ledger().checkoutsWithRequestId(w.checkoutRequestId())).isEqualTo(1);
        }
    }

    @Test
    void faultsWhilePollingDoNotEndThePayment() throws Exception {
        h.sandbox.faults().next(Operation.STATUS.path(), Fault.DROP_AFTER_PROCESSING, 1);
        h.sandbox.faults().next(Operation.STATUS.path(), Fault.HTTP_500, 1);
        h.sandbox.faults().next(Operation.STATUS.path(), Fault.MALFORMED_JSON, 1);

        assertThat(paid(0).state()).isEqualTo(PaymentState.ACCEPTED);
    }

    @Test
    void lostRefundAnswersNeverMakeASecondRefund() throws Exception {
        for (Fault fault : List.of(Fault.DROP_AFTER_PROCESSING, Fault.HANG, Fault.MALFORMED_JSON)) {
            String tx = paid(0).transactionId();
            h.sandbox.faults().next(Operation.REFUND.path(), fault, 4);
            RefundWorkflow w = RefundWorkflow.create(h.client, planner.full(tx, Fixtures.items(0)), h);

            WorkflowEvent<RefundState> end = refund(w);

            assertThat(end.state()).as("%s", fault).isEqualTo(RefundState.REFUNDED);
            List<SandboxRefund> refunds = h.sandbox.ledger().payment(tx).orElseThrow().refunds();
            assertThat(refunds).as("%s", fault).hasSize(1);
            assertThat(refunds.get(0).requestId()).isEqualTo(w.requestId());
            assertThat(h.sent("refund").stream().filter(s -> s.call().requestId().equals(w.requestId())))
                    .hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s.call()).isEqualTo(w.call()));
        }
    }

    @Test
    void aLostCancelAnswerIsResentAndCancelsOnce() throws Exception {
        h.sandbox.faults().next(Operation.CANCEL.path(), Fault.DROP_AFTER_PROCESSING, 1);
        PaymentWorkflow w = retrying(order(2));
        w.addListener(e -> {
            if (e.state() == PaymentState.AWAITING_STATUS) {
                w.cancel();
            }
        });
        w.start();

        WorkflowEvent<PaymentState> end = w.result().get(20, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.CANCELED);
        assertThat(h.sandbox.ledger().payment(end.transactionId()).orElseThrow().refunds()).hasSize(1);
    }

    @Test
    void wrongCredentialsAndAWrongKeyAreTypedErrors() throws Exception {
        PayClient wrongPassword = Fixtures.client(h.client.settings().withCredentials("training", "nope"));
        PaymentWorkflow w = PaymentWorkflow.create(wrongPassword, order(0), h);
        w.start();
        assertThat(w.result().get(10, TimeUnit.SECONDS).tip().code()).isEqualTo("AUTHENTICATION_FAILED");
        wrongPassword.close();

        var otherKey = org.kassa.totp.Passcodes.kassa(new org.kassa.totp.TotpSettings(Fixtures.TOTP.algorithm(), 8,
                "CM", "abcdef0123456789", 30, 6, "=", 1), java.time.Clock.systemUTC());
        PayClient wrongKey = PayClient.create(h.client.settings(), otherKey, h.client.tips());
        PaymentWorkflow k = PaymentWorkflow.create(wrongKey, order(0), h);
        k.start();
        assertThat(k.result().get(10, TimeUnit.SECONDS).tip().code()).isEqualTo("INVALID_TOKEN");
        wrongKey.close();
    }
}
