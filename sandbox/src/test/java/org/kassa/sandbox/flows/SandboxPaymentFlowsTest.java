package org.kassa.sandbox.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Item;
import org.kassa.payclient.api.TransactionStatus;
import org.kassa.sandbox.SandboxLedger.SandboxPayment;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.sandbox.testing.SandboxHarness;
import org.kassa.payclient.workflow.CancelState;
import org.kassa.payclient.workflow.CancelWorkflow;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;

/** Every payment flow of the seeds against the real sandbox over real HTTP (triggers: docs/sandbox.md). */
class SandboxPaymentFlowsTest {

    private static SandboxHarness h;

    @BeforeAll
    static void start() {
        h = new SandboxHarness(s -> s.withAvailabilityInfo(true).withPolling(
                new PollingPolicy(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofSeconds(4))));
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @AfterEach
    void everyRequestConformedToTheVendorSchema() {
        assertThat(h.contractProblems).isEmpty();
    }

    static PaymentOrder order(int ending, String paymentType) {
        return new PaymentOrder(SandboxHarness.newCardSession(), Fixtures.LOYALTY_ID,
                CheckoutInvoice.of("order-" + ending, Fixtures.items(ending)), paymentType);
    }

    static WorkflowEvent<PaymentState> pay(PaymentOrder order) throws Exception {
        PaymentWorkflow w = PaymentWorkflow.create(h.client, order, h);
        w.start();
        WorkflowEvent<PaymentState> end = w.result().get(20, TimeUnit.SECONDS);
        return end;
    }

    @Test
    void basicFlowAvailabilityCheckoutPollingAccepted() throws Exception {
        WorkflowEvent<PaymentState> end = pay(order(0, null));

        assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
        SandboxPayment p = h.sandbox.ledger().payment(end.transactionId()).orElseThrow();
        assertThat(p.status()).isEqualTo("accepted");
        assertThat(p.totalAmount()).isEqualTo(30000);
        assertThat(p.paymentType()).isEqualTo("SBP");
        assertThat(h.sandbox.ledger().checkoutsWithRequestId(p.requestId())).isEqualTo(1);
        assertThat(end.slip()).isNotNull();
    }

    @ParameterizedTest(name = "ending {0} -> {1} {2}")
    @CsvSource({
        "1, REJECTED, PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER",
        "6, FAILED, NOT_ENOUGH_LIMIT_TO_PAY",
        "7, FAILED, EXTERNAL_PROVIDER_ERROR",
        "8, REJECTED, SUBSCRIPTION_IS_NOT_FOUND",
        "11, REJECTED, PAYMENT_ORDER_IS_NOT_FOUND",
    })
    void alternativeAndErrorFlowsEndWithTheirTip(int ending, PaymentState state, String code) throws Exception {
        WorkflowEvent<PaymentState> end = pay(order(ending, "SBP"));

        assertThat(end.state()).isEqualTo(state);
        assertThat(end.tip().code()).isEqualTo(code);
        assertThat(end.tip().known()).isTrue();
    }

    @Test
    void slowAcceptIsWaitedFor() throws Exception {
        assertThat(pay(order(3, "SBP")).state()).isEqualTo(PaymentState.ACCEPTED);
    }

    @Test
    void aPaymentThatStaysPendingIsCancelledAtTheCap() throws Exception {
        WorkflowEvent<PaymentState> end = pay(order(2, "SBP"));

        assertThat(end.state()).isEqualTo(PaymentState.CANCELED);
        assertThat(end.tip().code()).isEqualTo("STATUS_TIMEOUT");
        assertThat(h.sandbox.ledger().payment(end.transactionId()).orElseThrow().status()).isEqualTo("canceled");
    }

    @Test
    void dolyameUnavailableIsRefusedBeforeCheckoutAndSbpStillWorks() throws Exception {
        PaymentOrder dolyame = order(4, "DOLYAME");
        long before = h.sandbox.ledger().payments().size();

        WorkflowEvent<PaymentState> end = pay(dolyame);

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("PAYMENT_NOT_AVAILABLE");
        assertThat(h.sandbox.ledger().payments()).hasSize((int) before);
        assertThat(pay(order(4, null)).state()).isEqualTo(PaymentState.ACCEPTED);
    }

    @Test
    void theDeprecatedAsynchronousAvailabilityIsPolledToTheEnd() throws Exception {
        int polls = h.sent("availability-poll").size();

        assertThat(pay(order(5, "SBP")).state()).isEqualTo(PaymentState.ACCEPTED);
        assertThat(h.sent("availability-poll").size() - polls).isGreaterThanOrEqualTo(2);
    }

    @Test
    void belowFourRoublesIsRefused() throws Exception {
        Item gum = Item.piece("Gum", "9", 350, 1, 0, "vat20");
        PaymentOrder small = new PaymentOrder(SandboxHarness.newCardSession(), "1", CheckoutInvoice.of("o", List.of(gum)), "SBP");

        WorkflowEvent<PaymentState> end = pay(small);

        assertThat(end.state()).isEqualTo(PaymentState.FAILED);
        assertThat(end.tip().code()).isEqualTo("TOTAL_AMOUNT_IS_TOO_SMALL");
    }

    @Test
    void anUnknownCardSessionAndAReusedOneAreRefused() throws Exception {
        PaymentOrder unknown = new PaymentOrder("000000", "1", order(0, "SBP").invoice(), "SBP");
        assertThat(pay(unknown).tip().code()).isEqualTo("UNKNOWN_SESSION_ID");

        PaymentOrder first = order(2, "SBP");
        PaymentWorkflow running = PaymentWorkflow.create(h.client, first, h);
        running.start();
        while (running.current().state() != PaymentState.AWAITING_STATUS) {
            Thread.sleep(20);
        }
        WorkflowEvent<PaymentState> again = pay(new PaymentOrder(first.cardSession(), "1", first.invoice(), "SBP"));
        assertThat(again.state()).isEqualTo(PaymentState.FAILED);
        assertThat(again.tip().code()).isEqualTo("TRANSACTION_FOR_SESSION_ID_ALREADY_EXISTS");
        running.cancel();
        assertThat(running.result().get(10, TimeUnit.SECONDS).state()).isEqualTo(PaymentState.CANCELED);
    }

    @Test
    void theOperatorCancelsAPendingPayment() throws Exception {
        PaymentWorkflow w = PaymentWorkflow.create(h.client, order(2, "SBP"), h);
        w.addListener(e -> {
            if (e.state() == PaymentState.AWAITING_STATUS) {
                w.cancel();
            }
        });
        w.start();

        WorkflowEvent<PaymentState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(PaymentState.CANCELED);
        assertThat(end.tip().code()).isEqualTo("CANCELED_BY_OPERATOR");
        assertThat(h.sandbox.ledger().payment(end.transactionId()).orElseThrow().status()).isEqualTo("canceled");
    }

    @Test
    void cancellingAnAcceptedPaymentIsDeclinedAndExplained() throws Exception {
        WorkflowEvent<PaymentState> paid = pay(order(0, "SBP"));
        CancelWorkflow cancel = CancelWorkflow.create(h.client, paid.transactionId(), null, h);
        cancel.start();

        WorkflowEvent<CancelState> end = cancel.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(CancelState.TOO_LATE);
        assertThat(end.tip().code()).isEqualTo("CANCEL_AFTER_PAYMENT");
        assertThat(h.sandbox.ledger().payment(paid.transactionId()).orElseThrow().status()).isEqualTo("accepted");
    }

    @Test
    void aStatusPollFollowsTheVendorTimingFromRecordedTimestamps() throws Exception {
        List<Long> marks = new java.util.concurrent.CopyOnWriteArrayList<>();
        PaymentWorkflow w = PaymentWorkflow.create(h.client, order(3, "SBP"), (step, call, attempt) -> {
            h.beforeCall(step, call, attempt);
            if (step.equals("status")) {
                marks.add(System.nanoTime());
            }
        });
        long[] answered = new long[1];
        w.addListener(e -> {
            if (e.state() == PaymentState.AWAITING_STATUS && answered[0] == 0) {
                answered[0] = System.nanoTime();
            }
        });
        w.start();
        assertThat(w.result().get(20, TimeUnit.SECONDS).state()).isEqualTo(PaymentState.ACCEPTED);

        assertThat(marks).hasSizeGreaterThanOrEqualTo(3);
        Duration first = Duration.ofNanos(marks.get(0) - answered[0]);
        assertThat(first).as("first status call").isGreaterThanOrEqualTo(Duration.ofMillis(245))
                .isLessThan(Duration.ofMillis(1500));
        for (int i = 1; i < marks.size(); i++) {
            assertThat(Duration.ofNanos(marks.get(i) - marks.get(i - 1))).as("gap %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(245));
        }
    }

    @Test
    void aReceiptOfAnAcceptedPaymentIsTakenAndUnknownStatusesAreNotFatal() throws Exception {
        WorkflowEvent<PaymentState> paid = pay(order(0, "SBP"));
        PayClient receipts = Fixtures.client(h.client.settings().withSendReceipt(true));
        var invoice = new org.kassa.payclient.api.Invoice("order-0", "1", "ООО Ромашка", "Москва", "001234567891",
                "2026-11-22T10:00:00+03:00", "1", "Кассир", "osn", null, null, null, null, null, "debit", null, 30000,
                "RUB", 0L, 30000L, 0L, Fixtures.items(0));

        assertThat(new org.kassa.payclient.workflow.ReceiptSender(receipts).send(paid.transactionId(), invoice, h)).isTrue();
        assertThat(TransactionStatus.of("brand_new").isPaid()).isFalse();
        receipts.close();
    }
}
