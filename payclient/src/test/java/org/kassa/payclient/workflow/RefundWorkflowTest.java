package org.kassa.payclient.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kassa.payclient.testing.ScriptedServer.drop;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.Item;
import org.kassa.payclient.api.RefundRequest;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;
import org.kassa.totp.TokenCheck;

/** Refund planning rules and the refund state machine against a scripted loopback server. */
class RefundWorkflowTest {

    static final String TX = PaymentWorkflowTest.TX;

    private ScriptedServer server;
    private PayClient client;
    private RefundPlanner planner;
    private final Recorder<RefundState> rec = new Recorder<>();
    private final List<Item> sold = Fixtures.items(0);

    static String refund(String refStatus, String status) {
        return "{\"requestId\":\"r\",\"refTransactionId\":\"ref-9\",\"refStatus\":\"" + refStatus
                + "\",\"transactionId\":\"" + TX + "\",\"status\":\"" + status + "\"}";
    }

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl()));
        planner = new RefundPlanner(client.settings(), client.tips());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aFullRefundReturnsEveryItemForTheTotal() {
        RefundRequest r = planner.full(TX, sold);

        assertThat(r.items()).isEqualTo(sold);
        assertThat(r.refundAmount()).isEqualTo(30000);
        assertThat(r.currency()).isEqualTo("RUB");
        assertThat(r.requestId()).hasSize(36);
    }

    @Test
    void aPartialRefundOfPiecesTakesItsShareOfTheAmounts() {
        Item three = Item.piece("Milk", "3", 8990, 3, 100, "vat10");
        RefundRequest r = planner.partial(TX, List.of(three), List.of(RefundLine.of(0, 1)));

        Item back = r.items().get(0);
        assertThat(back.quantity()).isEqualByComparingTo("1");
        assertThat(back.subTotalAmount()).isEqualTo(8990);
        assertThat(back.discountAmount()).isEqualTo(33);
        assertThat(back.totalAmount()).isEqualTo(8957);
        assertThat(r.refundAmount()).isEqualTo(8957);
    }

    @Test
    void itemsMeasuredOtherwiseThanByPieceReturnOnlyWhole() {
        assertThatThrownBy(() -> planner.partial(TX, sold, List.of(new RefundLine(1, new BigDecimal("500")))))
                .isInstanceOfSatisfying(RefundRuleException.class, e -> {
                    assertThat(e.tip().code()).isEqualTo("REFUND_WHOLE_ONLY");
                    assertThat(e.getMessage()).contains("GRAM");
                });
        RefundRequest whole = planner.partial(TX, sold, List.of(new RefundLine(1, new BigDecimal("1125"))));
        assertThat(whole.refundAmount()).isEqualTo(20000);
    }

    @Test
    void moreThanWasSoldOrALineNotInTheSaleIsRefused() {
        assertThatThrownBy(() -> planner.partial(TX, sold, List.of(RefundLine.of(0, 3))))
                .isInstanceOfSatisfying(RefundRuleException.class,
                        e -> assertThat(e.tip().code()).isEqualTo("REFUND_NOT_IN_SALE"));
        assertThatThrownBy(() -> planner.partial(TX, sold, List.of(RefundLine.of(7, 1))))
                .isInstanceOf(RefundRuleException.class);
        assertThatThrownBy(() -> planner.partial(TX, sold, List.of(new RefundLine(0, new BigDecimal("0.5")))))
                .isInstanceOf(RefundRuleException.class);
    }

    @Test
    void aRefundStillNewIsPolledByItsRefTransactionIdUntilAccepted() throws Exception {
        server.then(Operation.REFUND.path(), json(200, refund("new", "refunding")))
                .then(Operation.STATUS.path(), json(200, "{\"requestId\":\"q\",\"transactionId\":\"" + TX
                        + "\",\"refTransactionId\":\"ref-9\",\"refStatus\":\"new\",\"status\":\"refunding\"}"))
                .then(Operation.STATUS.path(), json(200, "{\"requestId\":\"q\",\"transactionId\":\"" + TX
                        + "\",\"refTransactionId\":\"ref-9\",\"refStatus\":\"accepted\",\"status\":\"partial_refunded\"}"));
        RefundWorkflow w = RefundWorkflow.create(client, planner.partial(TX, sold, List.of(RefundLine.of(0, 1))), rec);
        w.addListener(rec).start();

        WorkflowEvent<RefundState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(RefundState.REFUNDED);
        assertThat(end.status()).isEqualTo("partial_refunded");
        assertThat(end.refTransactionId()).isEqualTo("ref-9");
        ScriptedServer.Received sent = server.received(Operation.REFUND.path()).get(0);
        assertThat(Fixtures.tokenVerifier().check(sent.header("token"), sent.body())).isEqualTo(TokenCheck.VALID);
        assertThat(server.received(Operation.STATUS.path())).allSatisfy(
                s -> assertThat(s.text()).contains("\"refTransactionId\":\"ref-9\""));
    }

    @Test
    void aLostAnswerIsResentAsTheSameBytesNeverAsASecondRefund() throws Exception {
        server.then(Operation.REFUND.path(), drop()).then(Operation.REFUND.path(), drop())
                .then(Operation.REFUND.path(), drop()).then(Operation.REFUND.path(), json(200, refund("accepted", "refunded")));
        RefundWorkflow w = RefundWorkflow.create(client, planner.full(TX, sold), rec);
        w.addListener(rec).addListener(e -> {
            if (e.state() == RefundState.IN_DOUBT) {
                w.retry();
            }
        });
        w.start();
        w.start();

        assertThat(w.result().get(10, TimeUnit.SECONDS).state()).isEqualTo(RefundState.REFUNDED);
        List<ScriptedServer.Received> sent = server.received(Operation.REFUND.path());
        assertThat(sent).hasSize(4).allSatisfy(r -> assertThat(r.body()).isEqualTo(w.call().body()));
    }

    @Test
    void aRefundTheBankCancelledIsRejectedWithItsTip() throws Exception {
        server.then(Operation.REFUND.path(), json(200, refund("rejected", "accepted")
                .replace("}", ",\"errorCode\":\"CANCEL_REFUNDING_BY_BANK\"}")));
        RefundWorkflow w = RefundWorkflow.create(client, planner.full(TX, sold), rec);
        w.addListener(rec).start();

        WorkflowEvent<RefundState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(RefundState.REJECTED);
        assertThat(end.tip().code()).isEqualTo("CANCEL_REFUNDING_BY_BANK");
    }

    @Test
    void aRefusedRefundFailsWithTheVendorsCode() throws Exception {
        server.then(Operation.REFUND.path(), json(200, "{\"requestId\":\"r\",\"errorCode\":"
                + "\"REQUESTED_REFUND_AMOUNT_IS_GREATER_THAN_AVAILABLE\"}"));
        RefundWorkflow w = RefundWorkflow.create(client, planner.full(TX, sold), rec);
        w.addListener(rec).start();

        WorkflowEvent<RefundState> end = w.result().get(10, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(RefundState.FAILED);
        assertThat(end.tip().code()).isEqualTo("REQUESTED_REFUND_AMOUNT_IS_GREATER_THAN_AVAILABLE");
    }

    @Test
    void aStandAloneCancelOfAPaidPaymentIsRefusedWithoutANetworkCall() throws Exception {
        CancelWorkflow w = CancelWorkflow.create(client, TX, org.kassa.payclient.api.TransactionStatus.ACCEPTED,
                org.kassa.payclient.CallListener.NONE);
        w.start();

        WorkflowEvent<CancelState> end = w.result().get(5, TimeUnit.SECONDS);

        assertThat(end.state()).isEqualTo(CancelState.TOO_LATE);
        assertThat(end.tip().code()).isEqualTo("CANCEL_AFTER_PAYMENT");
        assertThat(server.received()).isEmpty();
    }
}
