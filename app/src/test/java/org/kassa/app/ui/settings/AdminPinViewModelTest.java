package org.kassa.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TestModeTill;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.staff.Role;

/** The settings open outside training only for an administrator's PIN, checked by the till's Staff. */
class AdminPinViewModelTest {

    private PaySandbox sandbox;
    private TillRuntime runtime;
    private AdminPinViewModel model;

    @BeforeEach
    void openTestTill() throws IOException {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        var settings = TestModeTill.settings(sandbox);
        TestModeTill.addAdministrator(settings, "boss", "4321");
        runtime = TillRuntime.open(settings);
        var staff = runtime.staff();
        var boss = staff.verify("boss", "4321".toCharArray(), Role.ADMINISTRATOR, "test", null);
        staff.add("anna", "Anna", Role.SUPERVISOR, "1111".toCharArray(), boss);
        model = new AdminPinViewModel(runtime.staff(), new DirectJobs());
    }

    @AfterEach
    void close() {
        runtime.close();
        sandbox.close();
    }

    @Test
    void aWrongPinSaysHowManyAttemptsAreLeftAndTheRightOneOpens() {
        model.login().set("boss");
        model.pin().set("0000");
        model.submit();
        assertThat(model.approved().get()).isNull();
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.staff.pin.wrong", "boss", 4));
        assertThat(model.pin().get()).isEmpty();

        model.pin().set("4321");
        model.submit();
        assertThat(model.approved().get().login()).isEqualTo("boss");
        assertThat(runtime.store().audit().latest(10)).extracting(a -> a.actor() + " " + a.action())
                .contains("boss settings.open.refused", "boss settings.open.approved");
    }

    @Test
    void aSupervisorIsNotEnough() {
        model.login().set("anna");
        model.pin().set("1111");
        model.submit();
        assertThat(model.approved().get()).isNull();
        assertThat(model.message().get().key()).isEqualTo("sale.staff.role");
    }
}
