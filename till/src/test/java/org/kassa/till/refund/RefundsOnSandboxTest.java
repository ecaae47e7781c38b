package org.kassa.till.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.till.Till;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.PinHasher;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.TillRig;

/** Refunds on real parts: the H2 file store, the Pay sandbox over HTTP, the virtual printer's bytes. */
class RefundsOnSandboxTest {

    static final String REFUND_PATH = "/api/v1/merchant/transaction/refund";

    TillRig rig;
    Till till;
    Staff staff;
    RefundDesk desk;
    Approval supervisor;

    @BeforeEach
    void start() throws Exception {
        rig = new TillRig("refund");
        till = rig.till();
        staff = new Staff(rig.store, "T01", Clock.systemUTC(), new PinHasher(256, 1, 1));
        staff.add("admin", "Администратор", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        Approval admin = staff.verify("admin", "9876".toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add("sveta", "Светлана", Role.SUPERVISOR, "5555".toCharArray(), admin);
        staff.add("olga", "Ольга", Role.OPERATOR, "1234".toCharArray(), admin);
        desk = new RefundDesk(rig.setup, rig.store, "Магазин у дома");
    }

    @AfterEach
    void stop() {
        till.close();
        rig.close();
    }

    @Test
    void partialThenFullKoshelekRefundVoidsTheSaleAndNothingIsRefundedTwice() throws Exception {
        PaymentRecord paid = koshelekSale();               // milk x3 + 0.5 kg apples = 35 465 kopecks
        supervisor = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund", paid.saleId());

        assertThat(desk.quote(paid.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)))).isEqualTo(8_990);
        assertThat(desk.quote(paid.saleId(), List.of(new RefundLineRequest(2, null)))).isEqualTo(35_465 - 3 * 8_990);
        assertThatThrownBy(() -> desk.quote(paid.saleId(), List.of(new RefundLineRequest(2, new BigDecimal("0.2")))))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("refund.line.wholeOnly"));
        assertThat(rig.sandbox.ledger().requestsTo(REFUND_PATH)).as("a quote sends nothing").isZero();
        RefundOutcome first = desk.refund(paid.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)),
                supervisor, Duration.ofSeconds(20));
        assertThat(first.state()).isEqualTo("REFUNDED");
        assertThat(first.amount()).isEqualTo(8_990);
        assertThat(first.status()).isEqualTo("partial_refunded");
        assertThat(first.saleVoided()).isFalse();
        assertThat(desk.refundable(paid.saleId())).extracting(l -> l.left().stripTrailingZeros().toPlainString())
                .containsExactly("2", "0.5");

        assertThatThrownBy(() -> desk.refund(paid.saleId(), List.of(new RefundLineRequest(1, new BigDecimal("3"))),
                supervisor, Duration.ofSeconds(20))).satisfies(e -> assertThat(((SaleRuleException) e).key())
                .isEqualTo("refund.line.tooMuch"));
        assertThatThrownBy(() -> desk.refund(paid.saleId(), List.of(new RefundLineRequest(2, new BigDecimal("0.2"))),
                supervisor, Duration.ofSeconds(20))).satisfies(e -> assertThat(((SaleRuleException) e).key())
                .isEqualTo("refund.line.wholeOnly"));
        assertThat(rig.sandbox.ledger().requestsTo(REFUND_PATH)).isEqualTo(1);   // refusals sent nothing

        RefundOutcome rest = desk.refund(paid.saleId(), List.of(), supervisor, Duration.ofSeconds(20));
        assertThat(rest.state()).isEqualTo("REFUNDED");
        assertThat(rest.amount()).isEqualTo(35_465 - 8_990);
        assertThat(rest.status()).isEqualTo("refunded");
        assertThat(rest.saleVoided()).isTrue();
        assertThat(rig.store.sales().find(paid.saleId()).orElseThrow().status()).isEqualTo(SaleStatus.VOIDED);
        assertThatThrownBy(() -> desk.refund(paid.saleId(), List.of(), supervisor, Duration.ofSeconds(20)))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("refund.nothingLeft"));

        SandboxLedger.SandboxPayment ledger = rig.sandbox.ledger().payment(paid.transactionId()).orElseThrow();
        assertThat(ledger.refundedAmount()).isEqualTo(35_465);
        assertThat(ledger.refunds()).extracting(SandboxLedger.SandboxRefund::refTransactionId)
                .containsExactly(first.refundTransactionId(), rest.refundTransactionId());
        assertThat(ledger.refunds()).extracting(SandboxLedger.SandboxRefund::requestId)
                .containsExactly(first.requestId(), rest.requestId());
        // each refund request was journaled under the refund's id before it was sent
        assertThat(rig.store.journal().forPayment(first.refundId())).anySatisfy(e ->
                assertThat(e.requestId()).isEqualTo(first.requestId()));
        assertThat(rig.store.operations().forPayment(paid.id())).extracting(o -> o.refTransactionId())
                .containsExactly(first.refundTransactionId(), rest.refundTransactionId());
        // the sale shows its refunds, and the refund slips carry the refund transaction id
        assertThat(rig.store.refunds().forSale(paid.saleId())).hasSize(2).allSatisfy(r ->
                assertThat(r.supervisor()).isEqualTo("sveta"));
        List<byte[]> printed = rig.printer.printed();
        assertThat(new String(printed.get(printed.size() - 1), StandardCharsets.ISO_8859_1))
                .contains(rest.refundTransactionId());
        assertThat(rig.store.audit().forSale(paid.saleId())).extracting(a -> a.action()).contains("refund.approved");
    }

    @Test
    void aRefundWithoutAnAnswerIsHeldAndResumedWithTheSameRequestOnce() throws Exception {
        PaymentRecord paid = koshelekSale();
        supervisor = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund", paid.saleId());
        rig.sandbox.faults().next(REFUND_PATH, org.kassa.sandbox.Fault.DROP_AFTER_PROCESSING, 10);
        RefundOutcome lost = desk.refund(paid.saleId(), List.of(), supervisor, Duration.ofSeconds(30));
        assertThat(lost.state()).isEqualTo("IN_DOUBT");
        rig.sandbox.faults().clear();
        assertThat(desk.refundable(paid.saleId())).allSatisfy(l -> assertThat(l.left()).isZero());   // held
        assertThatThrownBy(() -> desk.refund(paid.saleId(), List.of(), supervisor, Duration.ofSeconds(5)))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("refund.inProgress"));

        RefundOutcome resumed = desk.resume(lost.refundId(), Duration.ofSeconds(20));
        assertThat(resumed.state()).isEqualTo("REFUNDED");
        assertThat(resumed.requestId()).isEqualTo(lost.requestId());
        assertThat(resumed.saleVoided()).isTrue();
        SandboxLedger.SandboxPayment ledger = rig.sandbox.ledger().payment(paid.transactionId()).orElseThrow();
        assertThat(ledger.refunds()).singleElement().satisfies(r -> assertThat(r.requestId())
                .isEqualTo(lost.requestId()));
        assertThat(rig.sandbox.ledger().received(REFUND_PATH)).extracting(r -> new String(r.body(),
                StandardCharsets.UTF_8)).containsOnly(new String(rig.sandbox.ledger().received(REFUND_PATH).get(0)
                .body(), StandardCharsets.UTF_8));                   // every resend carried the same bytes
        assertThat(rig.store.sales().find(paid.saleId()).orElseThrow().status()).isEqualTo(SaleStatus.VOIDED);
    }

    @Test
    void anOperatorIsRefusedAndTheSandboxReceivesNoRefund() throws Exception {
        PaymentRecord paid = koshelekSale();
        Approval operator = staff.verify("olga", "1234".toCharArray(), Role.OPERATOR, "sell", null);
        assertThatThrownBy(() -> desk.refund(paid.saleId(), List.of(), operator, Duration.ofSeconds(20)))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.role"));
        assertThatThrownBy(() -> desk.refund(paid.saleId(), List.of(), null, Duration.ofSeconds(20)))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.role"));
        assertThat(rig.sandbox.ledger().requestsTo(REFUND_PATH)).isZero();
        assertThat(rig.store.refunds().forSale(paid.saleId())).isEmpty();
    }

    @Test
    void aRefundTheBankCancelsEndsRejectedWithItsTipAndFreesTheLines() throws Exception {
        assertThat(till.scan(rig.cardWithSession()).kind().name()).isEqualTo("CARD_WITH_SESSION");
        till.addFree("Товар", 50_009);                        // ending 09: the bank cancels the refund
        PaymentRecord paid = till.payKoshelek("SBP").result().get(20, TimeUnit.SECONDS);
        supervisor = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund", paid.saleId());
        RefundOutcome outcome = desk.refund(paid.saleId(), List.of(), supervisor, Duration.ofSeconds(20));
        assertThat(outcome.state()).isEqualTo("REJECTED");
        assertThat(outcome.tip()).isNotBlank();
        assertThat(rig.store.refunds().find(outcome.refundId()).orElseThrow().tipCode())
                .isEqualTo("CANCEL_REFUNDING_BY_BANK");
        assertThat(desk.refundable(paid.saleId())).singleElement().satisfies(l ->
                assertThat(l.refunded()).isZero());
        assertThat(rig.store.sales().find(paid.saleId()).orElseThrow().status()).isEqualTo(SaleStatus.PAID);
    }

    @Test
    void aCashRefundOpensTheDrawerAndIsFoundByOrderId() {
        till.addItem("1002", new BigDecimal("2"));
        PaymentRecord cash = till.payCash(20_000);
        byte[] receipt = rig.printer.printed().get(0);
        assertThat(HexFormat.of().formatHex(receipt)).contains("1b700019fa");      // ESC p: the drawer pulse
        String orderId = rig.store.sales().find(cash.saleId()).orElseThrow().orderId();
        assertThat(desk.findSale(orderId)).isEqualTo(cash.saleId());
        supervisor = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund", cash.saleId());
        RefundOutcome outcome = desk.refund(cash.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)),
                supervisor, Duration.ofSeconds(5));
        assertThat(outcome.state()).isEqualTo("REFUNDED");
        assertThat(outcome.amount()).isEqualTo(5_450);
        byte[] slip = rig.printer.printed().get(1);
        assertThat(HexFormat.of().formatHex(slip)).contains("1b700019fa");
        assertThat(rig.sandbox.ledger().requestsTo(REFUND_PATH)).isZero();
    }

    @Test
    void aKoshelekReceiptDoesNotOpenTheDrawerAndItsTransactionFindsTheSale() throws Exception {
        PaymentRecord paid = koshelekSale();
        assertThat(HexFormat.of().formatHex(rig.printer.printed().get(0))).doesNotContain("1b700019fa");
        assertThat(desk.findSale(paid.transactionId())).isEqualTo(paid.saleId());
        assertThatThrownBy(() -> desk.findSale("no-such-sale")).satisfies(e ->
                assertThat(((SaleRuleException) e).key()).isEqualTo("refund.saleUnknown"));
    }

    private PaymentRecord koshelekSale() throws Exception {
        assertThat(till.scan(rig.cardWithSession()).kind().name()).isEqualTo("CARD_WITH_SESSION");
        till.addItem("1001", new BigDecimal("3"));
        till.addItem("2001", new BigDecimal("0.5"));
        assertThat(till.sale().totals().total()).isEqualTo(35_465);
        PaymentRecord paid = till.payKoshelek("SBP").result().get(20, TimeUnit.SECONDS);
        assertThat(paid.state()).isEqualTo("ACCEPTED");
        return paid;
    }
}
