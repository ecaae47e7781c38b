package org.kassa.app.till;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.shell.StatusViewModel;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.ThrowawayPostgres;

/**
 * The till as the app assembles it with {@code store.central.url} set (decision 0171): it opens and sells while
 * the central server is stopped, the status bar counts what is not sent, and after the server's restart the
 * background sender delivers the shift and the sale once.
 */
class CentralRuntimeTest {

    @Test
    void aSaleCompletesWhileTheCentralServerIsStoppedAndArrivesAfterItsRestart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "central-runtime", UUID.randomUUID().toString()))
                .toAbsolutePath();
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start();
             PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())))) {
            Path config = Files.writeString(dir.resolve("kassa.properties"), String.join("\n",
                    "kassa.mode = test",
                    "kassa.dataDir = " + dir.resolve("data").toString().replace('\\', '/'),
                    "pay.baseUrl.test = " + sandbox.baseUrl(),
                    "pay.login = " + sandbox.login(),
                    "pay.password = " + sandbox.password(),
                    "store.central.url = jdbc:postgresql://127.0.0.1:" + postgres.port() + "/kassa",
                    "store.central.user = kassa") + "\n", StandardCharsets.UTF_8);
            KassaSettings settings = KassaSettings.load(config, new HostEnvironment(dir.resolve("home"), Map.of(),
                    "Linux"));
            postgres.stop();
            PaymentRecord paid;
            try (TillRuntime runtime = TillRuntime.open(settings)) {
                try {
                    assertThat(runtime.central()).isPresent();
                    Staff staff = runtime.staff();
                    staff.add("admin", "Admin", Role.ADMINISTRATOR, "2468".toCharArray(), null);
                    Approval admin = staff.verify("admin", "2468".toCharArray(), Role.ADMINISTRATOR, "shift", null);
                    runtime.shifts().open(admin, 0, false);
                    runtime.till().addFree("Товар", 50_000);
                    paid = runtime.till().payCash(50_000);   // the central server is stopped: the sale completes

                    assertThat(runtime.store().sales().find(paid.saleId()).orElseThrow().status())
                            .isEqualTo(SaleStatus.PAID);
                    assertThat(waitFor(() -> runtime.central().get().away())).isTrue();
                    StatusViewModel status = new StatusViewModel(settings.mode(), sandbox.baseUrl(), null,
                            new DirectJobs()).central(() -> runtime.store().outbox().backlog().count());
                    status.check();
                    assertThat(status.centralPending().get()).as("shift and sale not sent").isEqualTo(2);
                } finally {
                    postgres.restart();
                }
                assertThat(waitFor(() -> runtime.store().outbox().backlog().count() == 0))
                        .as("the backlog drains after the restart").isTrue();
            }
            assertThat(central(postgres, "SELECT id || ':' || status FROM sale"))
                    .containsExactly(paid.saleId() + ":PAID");
            assertThat(central(postgres, "SELECT COUNT(*) FROM shift")).containsExactly("1");
        }
    }

    private static boolean waitFor(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }

    private static List<String> central(ThrowawayPostgres postgres, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.url("kassa")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
