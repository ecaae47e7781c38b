package org.kassa.app.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TestModeTill;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.app.ui.report.PaperText;
import org.kassa.app.ui.shift.ShiftCloseViewModel.Phase;
import org.kassa.app.ui.staff.ApprovalViewModel;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;

/**
 * Closing the shift from the window on the real till core in test mode (a sandbox on loopback, a fresh store):
 * the counted cash, the supervisor's approval through the real approval dialog's view model, the Z report as
 * printed, and no shift open afterwards.
 */
class ShiftCloseViewModelTest {

    private static final String MILK = "4601234000017";

    private PaySandbox sandbox;
    private TillRuntime runtime;
    private ApprovalViewModel approvals;
    private ShiftCloseViewModel model;
    private byte[] printed;

    @BeforeEach
    void openShift() throws Exception {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        runtime = TillRuntime.open(TestModeTill.settings(sandbox));
        runtime.store().products().upsertAll(CatalogCsv.demo());
        Staff staff = runtime.staff();
        staff.add("olga", "Ольга", Role.ADMINISTRATOR, "1234".toCharArray(), null);
        Approval admin = staff.verify("olga", "1234".toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add("anna", "Анна", Role.OPERATOR, "4321".toCharArray(), admin);
        staff.add("sveta", "Светлана", Role.SUPERVISOR, "5555".toCharArray(), admin);
        runtime.shifts().open(staff.verify("anna", "4321".toCharArray(), Role.OPERATOR, "shift.open", null),
                100_000, false);
        approvals = new ApprovalViewModel(staff, new DirectJobs());
        var profile = runtime.till().setup().printer().profile();
        model = new ShiftCloseViewModel(runtime.till(), runtime.shifts(), approvals, z -> {
            printed = runtime.reportPrint().of(z).bytes();
            return new ShiftCloseViewModel.Printed(PaperText.of(printed, profile), true);
        }, new DirectJobs());
    }

    @AfterEach
    void close() {
        runtime.close();
        sandbox.close();
    }

    @Test
    void countedCashAndASupervisorCloseTheShiftAndTheZReportReadsAsPrinted() {
        runtime.till().addItem(MILK, BigDecimal.ONE);
        runtime.till().payCash(10_000);
        model.start();
        assertThat(model.phase().get()).isEqualTo(Phase.COUNTING);
        model.counted().set("сто");
        model.submit();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("close.badCash"));

        model.counted().set("1089,90");
        model.submit();
        assertThat(model.phase().get()).isEqualTo(Phase.APPROVING);
        assertThat(approvals.open().get()).as("the supervisor is asked").isTrue();
        approvals.login().set("anna");
        approvals.pin().set("4321");
        approvals.submit();
        assertThat(approvals.message().get()).isEqualTo(UiMessage.till("sale.staff.role", "anna", Role.SUPERVISOR));
        approvals.login().set("sveta");
        approvals.pin().set("5555");
        approvals.submit();

        assertThat(model.phase().get()).isEqualTo(Phase.REPORT);
        assertThat(model.approval().get().login()).isEqualTo("sveta");
        assertThat(model.report().get().kind()).isEqualTo("Z");
        assertThat(model.report().get().number()).isEqualTo(1);
        assertThat(model.report().get().countedCash()).isEqualTo(108_990);
        assertThat(model.report().get().difference()).isZero();
        assertThat(runtime.shifts().current()).as("no shift open after the Z").isEmpty();
        assertThat(runtime.shifts().z(1).countedCash()).isEqualTo(108_990);
        // the text on screen is the paper's text, line by line
        String text = model.reportText().get();
        assertThat(text).contains("89,90").contains("1089,90");
        assertThat(new String(printed, runtime.till().setup().printer().profile().charset()))
                .contains(text.lines().filter(l -> l.contains("1089,90")).findFirst().orElseThrow());

        model.escape();
        assertThat(model.phase().get()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void escInTheApprovalLeavesTheShiftOpenAndAnOpenSaleRefusesTheClose() {
        model.start();
        model.counted().set("1000");
        model.submit();
        approvals.cancel();
        assertThat(model.phase().get()).isEqualTo(Phase.COUNTING);
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("close.notApproved"));
        assertThat(runtime.shifts().current()).isPresent();

        runtime.till().addItem(MILK, BigDecimal.ONE);
        String orderId = runtime.till().sale().orderId();
        model.submit();
        approvals.login().set("sveta");
        approvals.pin().set("5555");
        approvals.submit();
        assertThat(model.phase().get()).isEqualTo(Phase.COUNTING);
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.shift.saleOpen", orderId));
        assertThat(runtime.shifts().current()).isPresent();
    }
}
