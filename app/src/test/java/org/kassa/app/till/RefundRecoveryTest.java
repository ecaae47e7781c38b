package org.kassa.app.till;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.sandbox.Fault;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.Recovery;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.totp.TotpSettings;

/**
 * A refund whose answer was lost is held IN_DOUBT; the next start of the till resumes it with its journaled
 * request (same id, same bytes) and the sandbox records exactly one refund (decisions 0113, 0133).
 */
class RefundRecoveryTest {

    static final String REFUND_PATH = "/api/v1/merchant/transaction/refund";

    @Test
    void theNextStartResumesARefundThatGotNoAnswer() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "refund-recovery", UUID.randomUUID().toString()))
                .toAbsolutePath();
        TotpSettings totp = probe(dir).totp();
        try (PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(totp))) {
            Path config = Files.writeString(dir.resolve("kassa.properties"), String.join("\n",
                    "kassa.mode = test",
                    "kassa.dataDir = " + dir.toAbsolutePath().resolve("data").toString().replace('\\', '/'),
                    "pay.baseUrl.test = " + sandbox.baseUrl(),
                    "pay.login = " + sandbox.login(),
                    "pay.password = " + sandbox.password()) + "\n", StandardCharsets.UTF_8);
            KassaSettings settings = settings(config);
            RefundOutcome lost;
            PaymentRecord paid;
            try (TillRuntime runtime = TillRuntime.open(settings)) {
                Staff staff = runtime.staff();
                staff.add("admin", "Admin", Role.ADMINISTRATOR, "2468".toCharArray(), null);
                Approval admin = staff.verify("admin", "2468".toCharArray(), Role.ADMINISTRATOR, "setup", null);
                staff.add("sveta", "Sveta", Role.SUPERVISOR, "5555".toCharArray(), admin);
                runtime.shifts().open(admin, 0, false);
                runtime.till().scan(new TrainingCards(totp).withSession());
                runtime.till().addFree("Товар", 50_000);
                paid = runtime.till().payKoshelek("SBP").result().get(30, TimeUnit.SECONDS);
                assertThat(paid.paid()).isTrue();
                Approval supervisor = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund",
                        paid.saleId());
                sandbox.faults().next(REFUND_PATH, Fault.DROP_AFTER_PROCESSING, 10);
                lost = runtime.refunds().refund(paid.saleId(), List.of(), supervisor, Duration.ofSeconds(30));
                assertThat(lost.state()).isEqualTo("IN_DOUBT");
                sandbox.faults().clear();
            }
            try (TillRuntime restarted = TillRuntime.open(settings)) {
                Recovery.Report report = restarted.recover(false, Duration.ofSeconds(30));
                assertThat(report.resolved()).anySatisfy(r -> {
                    assertThat(r.paymentId()).isEqualTo(lost.refundId());
                    assertThat(r.outcome()).isEqualTo("REFUND_REFUNDED");
                });
                assertThat(report.clean()).isTrue();
            }
            assertThat(sandbox.ledger().payment(paid.transactionId()).orElseThrow().refunds()).singleElement()
                    .satisfies(r -> assertThat(r.requestId()).isEqualTo(lost.requestId()));
        }
    }

    private static KassaSettings probe(Path dir) throws Exception {
        Path probe = Files.writeString(dir.resolve("probe.properties"), "kassa.mode = training\n",
                StandardCharsets.UTF_8);
        return settings(probe);
    }

    private static KassaSettings settings(Path config) {
        return KassaSettings.load(config, new HostEnvironment(config.getParent().resolve("home"), Map.of(), "Linux"));
    }

}
