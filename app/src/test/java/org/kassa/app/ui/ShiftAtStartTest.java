package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;

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
        keys = new Keyboard(fx, window.scene());
        waitFor(30, () -> window.ready().get() != null && visible("#shiftView"));
        window.runtime().store().products().upsertAll(org.kassa.till.catalog.CatalogCsv.demo());
    }

    @AfterEach
    void closeTill() {
        robot.interact(window::close);
        sandbox.close();
    }

    @Test
    void theOperatorOpensAShiftWithLoginAndPinThenSells() throws Exception {
        assertThat(text("#statusShift")).isEqualTo("Смена: —");
        waitFor(5, () -> "shiftLogin".equals(focused()));
        keys.typeAsPerson("olga", false);
        robot.interact(() -> robot.lookup("#shiftPin").query().requestFocus());
        keys.typeAsPerson("9999", true);
        waitFor(10, () -> text("#shiftMessage").contains("осталось попыток до блокировки: 4"));
        assertThat(visible("#shiftView")).isTrue();

        waitFor(5, () -> "shiftPin".equals(focused()));
        keys.typeAsPerson("1234", true);
        waitFor(10, () -> !visible("#shiftView"));
        assertThat(text("#statusShift")).isEqualTo("Смена № 1");
        assertThat(text("#statusUser")).isEqualTo("Кассир: olga");
        assertThat(window.runtime().shifts().current()).hasValueSatisfying(s -> assertThat(s.openedBy())
                .isEqualTo("olga"));

        keys.typeAsPerson(MILK, true);
        waitFor(10, () -> basket().getItems().size() == 1);
        keys.press(KeyCode.F11);
        waitFor(5, () -> visible("#cashView"));
        keys.press(KeyCode.ENTER);
        waitFor(10, () -> !visible("#cashView") && text("#saleMessage").startsWith("Оплачено наличными"));
        assertThat(window.runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID)).singleElement();
    }

    private String focused() {
        Node owner = window.scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> basket() {
        return robot.lookup("#basket").queryAs(TableView.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean visible(String id) {
        var found = robot.lookup(id).tryQuery();
        if (found.isEmpty() || found.get().getScene() == null) {
            return false;
        }
        for (Node n = found.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
