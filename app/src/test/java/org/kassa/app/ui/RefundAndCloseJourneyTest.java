package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TrainingStaff;
import org.kassa.app.ui.shell.TillWindow;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.RefundRow;
import org.kassa.till.store.SaleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A supervisor's visit through the real window (headless, Monocle), training mode, keyboard only: a sale paid
 * by Koshelek Pay, then F2, the supervisor's login and PIN, the slip's QR scanned, one line refunded (accepted,
 * stored), then Ctrl+F5 with the counted cash and the supervisor again, and the Z report on screen.
 */
@ExtendWith(ApplicationExtension.class)
class RefundAndCloseJourneyTest {

    private static final String MILK = "4601234000017";       // 89,90 ₽
    private static final String BREAD = "4601234000024";      // 54,50 ₽

    private KassaSettings settings;
    private TillWindow window;
    private FxRobot robot;
    private WindowLookups look;
    private Keyboard keys;

    @Start
    void start(Stage stage) throws Exception {
        settings = TrainingTill.settings("ru");
        window = TillWindow.open(stage, settings);
    }

    @BeforeEach
    void tillIsReady(FxRobot fx) throws Exception {
        robot = fx;
        look = new WindowLookups(fx);
        keys = new Keyboard(fx, window.scene());
        WindowLookups.waitFor(30, () -> window.ready().get() != null && !look.visible("#starting"));
    }

    @AfterEach
    void closeTill() {
        robot.interact(window::close);
    }

    @Test
    void aSupervisorRefundsOneLineOfAKoshelekSaleThenClosesTheShiftAndSeesTheZReport() throws Exception {
        SaleRow sale = koshelekSale();
        PaymentRow payment = window.runtime().store().payments().forSale(sale.id()).get(0);

        keys.press(KeyCode.F2);
        WindowLookups.waitFor(5, () -> look.visible("#approvalView") && "approvalLogin".equals(focused()));
        assertThat(look.text("#approvalTitle")).startsWith("Возврат");
        approveAsSupervisor();
        WindowLookups.waitFor(10, () -> look.visible("#refundFind") && "refundQuery".equals(focused()));

        keys.scan(payment.transactionId());                  // the QR code on the customer's slip
        WindowLookups.waitFor(10, () -> look.visible("#refundChoose"));
        assertThat(look.text("#refundOrder")).contains(sale.orderId());
        WindowLookups.waitFor(5, () -> "refundQty1".equals(focused()));
        keys.typeAsPerson(" ", false);                       // Space ticks the first line (2 × milk)
        WindowLookups.waitFor(5, () -> look.text("#refundAmount").contains("179,80"));
        keys.press(KeyCode.BACK_SPACE);
        keys.typeAsPerson("1", false);                       // one of the two
        WindowLookups.waitFor(5, () -> look.text("#refundAmount").contains("89,90"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(30, () -> look.visible("#refundDone"));
        assertThat(look.text("#refundDoneTitle")).contains("89,90").contains("Кошелёк Pay");

        assertThat(window.runtime().store().refunds().forSale(sale.id())).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo("REFUNDED");
            assertThat(r.amountKopecks()).isEqualTo(8_990);
            assertThat(r.supervisor()).isEqualTo(TrainingStaff.SUPERVISOR);
        });
        assertThat(window.runtime().sandboxLedger().orElseThrow().payment(payment.transactionId()).orElseThrow()
                .refundedAmount()).isEqualTo(8_990);
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> !look.visible("#refundDone") && "saleInput".equals(focused()));

        String shiftId = window.runtime().store().refunds().forSale(sale.id()).stream().map(RefundRow::shiftId)
                .findFirst().orElseThrow();
        int number = window.runtime().shifts().current().orElseThrow().number();
        assertThat(window.runtime().shifts().current().orElseThrow().id()).isEqualTo(shiftId);
        keys.pressWithControl(KeyCode.F5);
        WindowLookups.waitFor(5, () -> look.visible("#shiftClose") && "closeCounted".equals(focused()));
        keys.typeAsPerson("0", true);                        // a Koshelek-only day: no cash in the drawer
        WindowLookups.waitFor(5, () -> look.visible("#approvalView") && "approvalLogin".equals(focused()));
        approveAsSupervisor();
        WindowLookups.waitFor(15, () -> look.visible("#zReportView"));
        String z = robot.lookup("#zReport").queryAs(TextArea.class).getText();
        assertThat(z).contains("Z-ОТЧЁТ").contains("89,90").contains("234,30");
        assertThat(look.text("#zApprovedBy")).contains(TrainingStaff.SUPERVISOR);
        assertThat(window.runtime().shifts().z(number).number()).isEqualTo(number);
        assertThat(window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID)).singleElement();

        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> !look.visible("#zReportView") && "saleInput".equals(focused()));
    }

    private SaleRow koshelekSale() throws Exception {
        keys.typeAsPerson("2*" + MILK, true);
        keys.typeAsPerson(BREAD, true);
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 2);
        keys.scan(TrainingTill.cardWithSession(settings));
        WindowLookups.waitFor(10, () -> look.visible("#payKoshelek"));
        keys.press(KeyCode.F12);
        WindowLookups.waitFor(5, () -> look.visible("#providerChoice"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(20, () -> look.visible("#koshelekAccepted"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> !look.visible("#koshelekAccepted"));
        return window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID).get(0);
    }

    private void approveAsSupervisor() throws Exception {
        keys.typeAsPerson(TrainingStaff.SUPERVISOR, true);
        WindowLookups.waitFor(5, () -> "approvalPin".equals(focused()));
        keys.typeAsPerson(TrainingStaff.PIN, true);
    }

    private String focused() {
        Node owner = window.scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
