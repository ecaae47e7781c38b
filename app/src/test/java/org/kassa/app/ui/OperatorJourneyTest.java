package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.shell.TillWindow;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.printer.VirtualPrinter;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The operator's journey through the real window (headless, Monocle) and the real till core against the
 * in-process sandbox, training mode, a fresh data folder under target/; keyboard only.
 */
@ExtendWith(ApplicationExtension.class)
class OperatorJourneyTest {

    private static final String MILK = "4601234000017";
    private static final String CHOCOLATE = "4601234000079";

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
    void catalogBarcodeThenLoyaltyCardThenF12PaysPrintsTheSlipAndStoresThePaidSale() throws Exception {
        keys.typeAsPerson(MILK, true);
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 1);
        assertThat(look.text("#total")).isEqualTo("89,90\u00a0₽");
        WindowLookups.waitFor(5, () -> look.text("#saleMessage").startsWith("Добавлено: Молоко"));
        assertThat(look.visible("#payKoshelek")).as("no Koshelek Pay without a card").isFalse();

        keys.scan(TrainingTill.cardWithSession(settings));
        WindowLookups.waitFor(10, () -> look.text("#cardBanner").contains("доступна оплата Koshelek Pay"));
        assertThat(robot.lookup("#saleInput").queryAs(TextField.class).getText()).as("the scan never lands in the field")
                .isEmpty();
        assertThat(robot.lookup("#payKoshelek").queryAs(Button.class).getText()).startsWith("F12");

        keys.press(KeyCode.F12);
        WindowLookups.waitFor(5, () -> look.visible("#providerChoice"));
        assertThat(look.text("#providerSBP")).contains("СБП");
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> look.visible("#koshelekProgress") || look.visible("#koshelekAccepted"));
        WindowLookups.waitFor(20, () -> look.visible("#koshelekAccepted"));
        WindowLookups.waitFor(10, () -> robot.lookup("#slipPreview").queryAs(ImageView.class).getImage() != null);
        assertThat(look.text("#acceptedTitle")).contains("89,90");

        VirtualPrinter printer = (VirtualPrinter) window.runtime().till().setup().printer();
        assertThat(printer.printed()).isNotEmpty();
        List<SaleRow> paid = window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID);
        assertThat(paid).singleElement().satisfies(s -> assertThat(s.totalKopecks()).isEqualTo(8_990));
        assertThat(payments(paid.get(0))).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("ACCEPTED"));

        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> !look.visible("#koshelekAccepted") && look.basket().getItems().isEmpty());
        assertThat(look.text("#saleMessage")).isEqualTo("Оплата принята");
    }

    @Test
    void aDeclinedPaymentShowsTheTipThenCashPaysTheSale() throws Exception {
        keys.typeAsPerson("99*" + CHOCOLATE, true);     // 99 × 99,99 = 9 899,01 ₽: the sandbox declines ..01
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 1);
        assertThat(look.text("#total")).isEqualTo("9\u2009899,01\u00a0₽");
        keys.scan(TrainingTill.cardWithSession(settings));
        WindowLookups.waitFor(10, () -> look.visible("#payKoshelek"));

        keys.press(KeyCode.F12);
        WindowLookups.waitFor(5, () -> look.visible("#providerChoice"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(20, () -> look.visible("#tipDialog"));
        String code = "PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER";
        assertThat(look.text("#tipWhat")).isEqualTo(OperatorTips.russian().tip(code).what());
        assertThat(look.text("#tipNext")).isEqualTo(OperatorTips.russian().tip(code).next());
        assertThat(look.text("#tipCode")).contains(code);
        assertThat(look.text("#tipWhat") + look.text("#tipNext")).doesNotContain("Exception").doesNotContain("422");

        keys.press(KeyCode.ENTER);                      // the default action: cash
        WindowLookups.waitFor(5, () -> look.visible("#cashView"));
        assertThat(look.text("#cashDue")).contains("9\u2009899,01");
        keys.typeAsPerson("10000", false);
        WindowLookups.waitFor(5, () -> look.text("#cashChange").contains("100,99"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(10, () -> !look.visible("#cashView") && look.text("#saleMessage").startsWith("Оплачено наличными"));

        List<SaleRow> paid = window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID);
        assertThat(paid).singleElement();
        assertThat(payments(paid.get(0))).extracting(PaymentRow::state)
                .containsExactlyInAnyOrder("REJECTED", "ACCEPTED");
    }

    @Test
    void theOperatorCancelsAWaitingPaymentWithEscAndTheSaleStaysOpen() throws Exception {
        keys.typeAsPerson("98*" + CHOCOLATE, true);     // 9 799,02 ₽: the sandbox leaves it pending
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 1);
        keys.scan(TrainingTill.cardWithSession(settings));
        WindowLookups.waitFor(10, () -> look.visible("#payKoshelek"));
        keys.press(KeyCode.F12);
        WindowLookups.waitFor(5, () -> look.visible("#providerChoice"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(10, () -> look.visible("#koshelekProgress") && look.text("#progressSeconds").matches("[1-9]\\d* с из 30 с"));
        keys.press(KeyCode.ESCAPE);
        WindowLookups.waitFor(20, () -> !look.visible("#koshelekProgress"));
        assertThat(look.text("#saleMessage")).startsWith("Оплата отменена");
        assertThat(look.basket().getItems()).hasSize(1);
        assertThat(window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID)).isEmpty();
    }

    @Test
    void personTypingReachesTheFieldAndTheScreenSwitchesToEnglish() throws Exception {
        keys.typeAsPerson("12", false);
        WindowLookups.waitFor(5, () -> "12".equals(robot.lookup("#saleInput").queryAs(TextField.class).getText()));
        keys.press(KeyCode.ESCAPE);
        WindowLookups.waitFor(5, () -> robot.lookup("#saleInput").queryAs(TextField.class).getText().isEmpty());
        assertThat(look.text("#trainingBanner")).startsWith("УЧЕБНЫЙ РЕЖИМ");
        assertThat(robot.lookup("#statusBar").query().getStyleClass()).contains("mode-training");
        keys.press(KeyCode.F10);
        WindowLookups.waitFor(5, () -> robot.lookup("#payCash").queryAs(Button.class).getText().equals("F11   Cash"));
        assertThat(look.text("#trainingBanner")).startsWith("TRAINING MODE");
        keys.press(KeyCode.F1);
        WindowLookups.waitFor(5, () -> look.visible("#helpView"));
        keys.press(KeyCode.ESCAPE);
        WindowLookups.waitFor(5, () -> !look.visible("#helpView"));
    }

    private List<PaymentRow> payments(SaleRow sale) {
        return window.runtime().store().payments().forSale(sale.id());
    }
}
