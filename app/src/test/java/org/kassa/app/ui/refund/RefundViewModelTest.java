package org.kassa.app.ui.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.till.TrainingStaff;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.app.ui.refund.RefundViewModel.Phase;
import org.kassa.printer.VirtualPrinter;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.tender.PaymentRecord;

/**
 * The refund screen's view model on the real till core and the in-process sandbox (training), without a
 * window: find by the slip's transaction id, lines and live amount quoted by the till, refund, outcome or tip.
 */
class RefundViewModelTest {

    private static final String MILK = "4601234000017";        // 89,90 ₽
    private static final String BREAD = "4601234000024";       // 54,50 ₽
    private static final String APPLES = "2001000000005";      // 169,90 ₽/kg
    private static final String CHOCOLATE = "4601234000079";   // 99,99 ₽

    private KassaSettings settings;
    private TillRuntime runtime;
    private RefundViewModel model;
    private Approval supervisor;

    @BeforeEach
    void openTill() throws Exception {
        settings = TrainingTill.settings("ru");
        runtime = TillRuntime.open(settings);
        RefundDesk desk = runtime.refunds();
        model = new RefundViewModel(desk, runtime.store(), new DirectJobs(), Duration.ofSeconds(40));
        supervisor = runtime.staff().verify(TrainingStaff.SUPERVISOR, TrainingStaff.PIN.toCharArray(),
                Role.SUPERVISOR, "refund", null);
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void theSlipsTransactionIdFindsTheSaleTheAmountIsQuotedLiveAndOneLineIsRefundedThroughKoshelek() throws Exception {
        PaymentRecord paid = koshelekSale("2", MILK, "0.742", APPLES);      // 179,80 + 126,07 ₽
        model.open(supervisor);
        assertThat(model.phase().get()).isEqualTo(Phase.FINDING);
        model.scanned(paid.transactionId());
        assertThat(model.phase().get()).isEqualTo(Phase.CHOOSING);
        String orderId = runtime.store().sales().find(paid.saleId()).orElseThrow().orderId();
        assertThat(model.orderId().get()).isEqualTo(orderId);
        assertThat(model.lines()).extracting(l -> l.line().name())
                .containsExactly("Молоко 3,2% 1 л", "Яблоки Гала, кг");
        RefundChoice milk = model.lines().get(0);
        RefundChoice apples = model.lines().get(1);
        assertThat(apples.weighed()).isTrue();
        assertThat(apples.line().left()).isEqualByComparingTo("0.742");
        assertThat(model.amount().get()).isZero();
        model.confirm();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("refund.noLines"));

        model.toggle();                                      // the first line is selected
        assertThat(milk.chosen().get()).isTrue();
        assertThat(model.amount().get()).isEqualTo(17_980);
        milk.quantity().set("3");
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.refund.line.tooMuch", 1, "3", "2"));
        assertThat(model.ready().get()).isFalse();
        milk.quantity().set("полтора");
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("refund.badQuantity"));
        milk.quantity().set("1");
        assertThat(model.amount().get()).isEqualTo(8_990);
        model.select(1);
        model.toggle();
        assertThat(model.amount().get()).as("the weighed line goes back whole").isEqualTo(8_990 + 12_607);
        model.toggle();
        assertThat(model.amount().get()).isEqualTo(8_990);
        assertThat(model.ready().get()).isTrue();

        int printedBefore = printer().printed().size();
        model.confirm();
        assertThat(model.phase().get()).isEqualTo(Phase.DONE);
        assertThat(model.outcome().get().state()).isEqualTo("REFUNDED");
        assertThat(model.outcome().get().amount()).isEqualTo(8_990);
        assertThat(model.outcome().get().tender()).isEqualTo("KOSHELEK");
        SandboxLedger.SandboxPayment ledger = runtime.sandboxLedger().orElseThrow().payment(paid.transactionId())
                .orElseThrow();
        assertThat(ledger.refundedAmount()).isEqualTo(8_990);
        assertThat(printer().printed()).hasSize(printedBefore + 1);
        assertThat(new String(printer().printed().get(printedBefore), StandardCharsets.ISO_8859_1))
                .contains(model.outcome().get().refundTransactionId());
        assertThat(runtime.store().refunds().forSale(paid.saleId())).singleElement()
                .satisfies(r -> assertThat(r.supervisor()).isEqualTo("supervisor"));

        model.close();
        assertThat(model.phase().get()).isEqualTo(Phase.CLOSED);
        assertThat(model.approval().get()).as("one refund per approval").isNull();
    }

    @Test
    void aCashSaleIsRefundedInCashByItsOrderIdAndTheWholeSaleIsVoided() {
        runtime.till().addItem(BREAD, BigDecimal.ONE);
        PaymentRecord paid = runtime.till().payCash(10_000);
        String orderId = runtime.store().sales().find(paid.saleId()).orElseThrow().orderId();
        model.open(supervisor);
        model.query().set(orderId);
        model.find();
        model.toggle();
        assertThat(model.amount().get()).isEqualTo(5_450);
        model.confirm();
        assertThat(model.phase().get()).isEqualTo(Phase.DONE);
        assertThat(model.outcome().get().tender()).isEqualTo("CASH");
        assertThat(model.outcome().get().saleVoided()).isTrue();
        assertThat(runtime.store().sales().find(paid.saleId()).orElseThrow().status()).isEqualTo(SaleStatus.VOIDED);

        model.open(supervisor);
        model.query().set(orderId);
        model.find();
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.refund.nothingLeft", orderId));
        assertThat(model.lines()).singleElement().satisfies(l -> assertThat(l.refundable()).isFalse());
        model.toggle();
        assertThat(model.lines().get(0).chosen().get()).as("nothing left to tick").isFalse();
    }

    @Test
    void aBankThatRejectsTheRefundEndsInTheTipDialogWithItsCode() throws Exception {
        PaymentRecord paid = koshelekSale("91", CHOCOLATE);   // 9 099,09 ₽: the sandbox rejects refunds of ..09
        model.open(supervisor);
        model.scanned(paid.transactionId());
        model.toggle();
        model.confirm();
        assertThat(model.phase().get()).isEqualTo(Phase.FAILED);
        assertThat(model.tip().get().tipCode()).isEqualTo("CANCEL_REFUNDING_BY_BANK");
        assertThat(model.tip().get().requestId()).isEqualTo(model.outcome().get().requestId());
        assertThat(runtime.refunds().refundable(paid.saleId())).singleElement()
                .satisfies(l -> assertThat(l.left()).as("the lines are free again").isEqualByComparingTo("91"));
    }

    @Test
    void anUnknownReceiptIsToldAndTheScreenKeepsLooking() {
        model.open(supervisor);
        model.find();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("refund.noQuery"));
        model.query().set("T-NOPE");
        model.find();
        assertThat(model.phase().get()).isEqualTo(Phase.FINDING);
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.refund.saleUnknown", "T-NOPE"));
        model.escape();
        assertThat(model.phase().get()).isEqualTo(Phase.CLOSED);
    }

    private PaymentRecord koshelekSale(String... quantityThenCode) throws Exception {
        for (int i = 0; i < quantityThenCode.length; i += 2) {
            runtime.till().addItem(quantityThenCode[i + 1], new BigDecimal(quantityThenCode[i]));
        }
        runtime.till().scan(TrainingTill.cardWithSession(settings));
        PaymentRecord paid = runtime.till().payKoshelek("SBP").result().get(40, TimeUnit.SECONDS);
        assertThat(paid.paid()).as("the sandbox accepted the payment").isTrue();
        return paid;
    }

    private VirtualPrinter printer() {
        return (VirtualPrinter) runtime.till().setup().printer();
    }
}
