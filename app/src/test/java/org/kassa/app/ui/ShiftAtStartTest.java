package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.ui.shell.TillWindow;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.sale.SaleStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Test mode through the real window (headless): no shift is open, so the window asks for one; a wrong PIN is
 * told with the attempts left, the right one opens shift 1, the status bar names it, and a cash sale goes through.
 */
@ExtendWith(ApplicationExtension.class)
class ShiftAtStartTest {

    private static final String MILK = "4601234000017";

    private PaySandbox sandbox;
    private TillWindow window;
    private FxRobot robot;
    private WindowLookups look;
    private Keyboard keys;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        var settings = TestModeTill.settings(sandbox);
        TestModeTill.addAdministrator(settings, "olga", "1234");
        window = TillWindow.open(stage, settings);
    }

    @BeforeEach
    void tillIsReady(FxRobot fx) throws Exception {
        robot = fx;
        look = new WindowLookups(fx);
        keys = new Keyboard(fx, window.scene());
        WindowLookups.waitFor(30, () -> window.ready().get() != null && look.visible("#shiftView"));
        window.runtime().store().products().upsertAll(org.kassa.till.catalog.CatalogCsv.demo());
    }

    @AfterEach
    void closeTill() {
        robot.interact(window::close);
        sandbox.close();
    }

    @Test
    void theOperatorOpensAShiftWithLoginAndPinThenSells() throws Exception {
        assertThat(look.text("#statusShift")).isEqualTo("Смена: —");
        WindowLookups.waitFor(5, () -> "shiftLogin".equals(focused()));
        keys.typeAsPerson("olga", false);
        robot.interact(() -> robot.lookup("#shiftPin").query().requestFocus());
        keys.typeAsPerson("9999", true);
        WindowLookups.waitFor(10, () -> look.text("#shiftMessage").contains("осталось попыток до блокировки: 4"));
        assertThat(look.visible("#shiftView")).isTrue();

        WindowLookups.waitFor(5, () -> "shiftPin".equals(focused()));
        keys.typeAsPerson("1234", true);
        WindowLookups.waitFor(10, () -> !look.visible("#shiftView"));
        assertThat(look.text("#statusShift")).isEqualTo("Смена № 1");
        assertThat(look.text("#statusUser")).isEqualTo("Кассир: olga");
        assertThat(window.runtime().shifts().current()).hasValueSatisfying(s -> assertThat(s.openedBy())
                .isEqualTo("olga"));

        WindowLookups.waitFor(10, () -> "saleInput".equals(focused()));     // the caret is back in the sale input
        keys.typeAsPerson(MILK, true);
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 1);
        keys.press(KeyCode.F11);
        WindowLookups.waitFor(10, () -> look.visible("#cashView"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(10, () -> !look.visible("#cashView") && look.text("#saleMessage").startsWith("Оплачено наличными"));
        assertThat(window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID)).singleElement();
    }

    private String focused() {
        Node owner = window.scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
