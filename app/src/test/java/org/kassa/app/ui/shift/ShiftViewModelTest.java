package org.kassa.app.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TestModeTill;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;

/**
 * Opening a shift from the window on the real till core in test mode (a sandbox on loopback as the Pay API, a
 * fresh store under target/): no shift asks for one, a wrong PIN says how many attempts are left, the right
 * PIN opens the shift and the till sells.
 */
class ShiftViewModelTest {

    private static final String MILK = "4601234000017";

    private PaySandbox sandbox;
    private TillRuntime runtime;
    private ShiftViewModel model;

    @BeforeEach
    void openTestTill() throws IOException {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        runtime = TillRuntime.open(TestModeTill.settings(sandbox));
        runtime.store().products().upsertAll(CatalogCsv.demo());
        model = new ShiftViewModel(runtime.staff(), runtime.shifts(), false, new DirectJobs());
    }

    @AfterEach
    void close() {
        runtime.close();
        sandbox.close();
    }

    @Test
    void noUsersYetTellsToAddAnAdministratorOnTheCommandLine() {
        model.check();
        assertThat(model.needed().get()).isTrue();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("shift.noUsers"));
        assertThat(new I18n(java.util.Locale.forLanguageTag("ru")).render(model.message().get()))
                .contains("kassa user add");
    }

    @Test
    void noShiftAsksForOneThenAWrongPinCountsDownAndTheRightPinOpensTheShiftForSelling() {
        runtime.staff().add("olga", "Ольга", Role.ADMINISTRATOR, "1234".toCharArray(), null);
        model.check();
        assertThat(model.needed().get()).as("no open shift outside training").isTrue();
        assertThat(model.shift().get()).isNull();
        assertThat(runtime.shifts().current()).isEmpty();

        model.login().set("olga");
        model.pin().set("9999");
        model.cash().set("1000,00");
        model.open();
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.staff.pin.wrong", "olga", Staff.ATTEMPTS - 1));
        assertThat(new I18n(java.util.Locale.ENGLISH).render(model.message().get())).contains("olga").contains("4");
        assertThat(model.needed().get()).isTrue();
        assertThat(model.pin().get()).as("the typed PIN is not kept").isEmpty();
        assertThat(runtime.shifts().current()).isEmpty();

        model.pin().set("1234");
        model.open();
        assertThat(model.message().get()).isNull();
        assertThat(model.needed().get()).isFalse();
        var shift = runtime.shifts().current().orElseThrow();
        assertThat(shift.number()).isEqualTo(1);
        assertThat(shift.openedBy()).isEqualTo("olga");
        assertThat(shift.startingCash()).isEqualTo(100_000);
        assertThat(model.shift().get().id()).isEqualTo(shift.id());

        runtime.till().addItem(MILK, BigDecimal.ONE);
        var paid = runtime.till().payCash(10_000);
        assertThat(runtime.store().sales().find(paid.saleId()).orElseThrow().status()).isEqualTo(SaleStatus.PAID);
    }

    @Test
    void unknownUserAndBadCashAreToldAndNothingOpens() {
        runtime.staff().add("olga", "Ольга", Role.ADMINISTRATOR, "1234".toCharArray(), null);
        model.check();
        model.login().set("ivan");
        model.pin().set("1234");
        model.open();
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.staff.unknown", "ivan"));
        model.login().set("olga");
        model.pin().set("1234");
        model.cash().set("тысяча");
        model.open();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("shift.badCash"));
        assertThat(runtime.shifts().current()).isEmpty();
        assertThat(model.needed().get()).isTrue();
    }

    @Test
    void anOpenShiftAsksNothing() {
        var staff = runtime.staff();
        staff.add("olga", "Ольга", Role.ADMINISTRATOR, "1234".toCharArray(), null);
        runtime.shifts().open(staff.verify("olga", "1234".toCharArray(), Role.OPERATOR, "shift.open", null), 0, false);
        model.check();
        assertThat(model.needed().get()).isFalse();
        assertThat(model.shift().get().number()).isEqualTo(1);
    }

    /** Without a shift the till refuses the sale: what the overlay is for. */
    @Test
    void withoutAShiftTheTillRefusesToSell() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.till().addItem(MILK, BigDecimal.ONE))
                .isInstanceOfSatisfying(SaleRuleException.class, e -> assertThat(e.key()).isEqualTo("shift.closed"));
    }
}
