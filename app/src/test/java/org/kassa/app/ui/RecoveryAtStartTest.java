package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.shell.TillWindow;
import org.kassa.till.tender.PaymentRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a crash: the window keeps the open sale (its lines are back in the basket) and lists what recovery did
 * before the first sale, here a Koshelek payment that was stored but never sent.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAtStartTest {

    private TillWindow window;
    private String orderId;

    @Start
    void start(Stage stage) throws Exception {
        KassaSettings settings = TrainingTill.settings("ru");
        try (TillRuntime before = TillRuntime.open(settings)) {
            var till = before.till();
            till.addItem("4601234000017", BigDecimal.valueOf(2));
            orderId = till.sale().orderId();
            till.setup().records().savePayment(PaymentRecord.koshelek(UUID.randomUUID().toString(),
                    till.sale().id(), 17_980, "SBP", Instant.now()));     // the crash came before the checkout
        }
        window = TillWindow.open(stage, settings);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void theOpenSaleIsKeptAndWhatRecoveryDidIsShownFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recoveryReport").tryQuery()
                .map(n -> n.isVisible() && n.getParent().isVisible()).orElse(false));
        assertThat(robot.lookup("#recoveryReport .overlay-body").queryAs(Label.class).getText())
                .contains(orderId).contains("не была отправлена").contains("деньги не списаны");
        new Keyboard(robot, window.scene()).press(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#basket").queryAs(TableView.class)
                .getItems().size() == 1 && !robot.lookup("#recoveryReport").tryQuery().map(n -> n.getScene() != null
                && n.getParent().isVisible()).orElse(false));
        assertThat(robot.lookup("#total").queryAs(Label.class).getText()).isEqualTo("179,80\u00a0₽");
    }
}
