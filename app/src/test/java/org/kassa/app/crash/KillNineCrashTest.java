package org.kassa.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kassa.app.crash.CrashCase.Expected;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxLedger.SandboxPayment;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;

/**
 * Crash recovery the hard way: {@code kassa sell} runs as a child JVM against a Pay sandbox in this JVM and is
 * killed with SIGKILL at every journaled step of a Koshelek payment and of its receipt (the crash drill,
 * docs/decisions/0120) and at seeded random instants; {@code kassa recover} then runs as another child, and the
 * store it leaves must agree with the sandbox's ledger ({@link LedgerAgreement}).
 *
 * <p>TODO(refunds): the till core has no refunds yet; once it does, add the refund's journal steps (before and
 * answered of REFUND, the operation row saved, the refund slip stored) as kill points here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillNineCrashTest {

    private static final String CHECKOUT_PATH = "/api/v1/merchant/checkout";
    private static final long RANDOM_SEED = 20_240_607L;
    private static final int RANDOM_RUNS = 6;

    private CrashRig rig;
    private PaySandbox sandbox;
    private long started;
    private int cases;

    @BeforeAll
    void startSandbox() throws Exception {
        started = System.nanoTime();
        rig = new CrashRig("kill9", RANDOM_SEED);
        sandbox = PaySandbox.start(SandboxSettings.training(rig.totp()));
        saleWithoutCrash();
    }

    /** The baseline: an uninterrupted sale ends paid, and store and sandbox agree. */
    private void saleWithoutCrash() throws Exception {
        Path dir = rig.caseDir("no-crash");
        Path config = rig.writeConfig(dir, sandbox.baseUrl(), sandbox.login(), sandbox.password(), false);
        Set<String> before = transactions();
        try (ChildJvm sell = rig.sell(dir, config, rig.freshCard(rig.totp()), 50_000, null)) {
            assertThat(sell.awaitExit(CrashRig.RECOVER_WAIT)).as(sell.report()).isEqualTo(0);
        }
        assertThat(assertAgreement(dir, config, before).sale().status()).isEqualTo(SaleStatus.PAID);
    }

    @AfterAll
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
        System.out.printf("crash harness: %d cases (%d kill points, %d random runs) in %.1f s%n", cases,
                points().count(), RANDOM_RUNS, (System.nanoTime() - started) / 1e9);
    }

    static Stream<CrashCase> points() {
        return Stream.of(
                CrashCase.at("before:AVAILABILITY", 50_000, Expected.NEVER_SENT, 0),
                CrashCase.at("before:CHECKOUT", 50_000, Expected.PAID, 1),
                CrashCase.at("answered:CHECKOUT", 50_000, Expected.PAID, 2),
                CrashCase.at("before:STATUS#1", 50_000, Expected.PAID, 2),
                CrashCase.at("answered:STATUS#1", 50_000, Expected.PAID, 2),
                CrashCase.at("before:STATUS#3", 50_003, Expected.PAID, 2),
                CrashCase.at("payment:ACCEPTED", 50_000, Expected.PAID, 1),
                CrashCase.at("sale:PAID", 50_000, Expected.PAID, 1),
                CrashCase.at("print:RECEIPT", 50_000, Expected.PAID, 1),
                CrashCase.at("before:CANCEL", 50_002, Expected.CANCELLED, 2),
                CrashCase.at("answered:CANCEL", 50_002, Expected.CANCELLED, 2));
    }

    /** Seeded: the same instants every run (how far the child gets by then still depends on the machine). */
    static Stream<CrashCase> randomInstants() {
        Random random = new Random(RANDOM_SEED);
        long[] amounts = {50_000, 50_003, 50_002};
        List<CrashCase> runs = new ArrayList<>();
        for (int run = 1; run <= RANDOM_RUNS; run++) {
            runs.add(CrashCase.random(run, amounts[random.nextInt(amounts.length)], random.nextInt(1_500)));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "kill -9 at {0}")
    @MethodSource("points")
    void killedAtAJournaledStepRecoversToAgreement(CrashCase c) throws Exception {
        run(c);
    }

    @ParameterizedTest(name = "kill -9 at a random instant: {0}")
    @MethodSource("randomInstants")
    void killedAtARandomInstantRecoversToAgreement(CrashCase c) throws Exception {
        run(c);
    }

    private void run(CrashCase c) throws Exception {
        cases++;
        Path dir = rig.caseDir(c.label());
        Path config = rig.writeConfig(dir, sandbox.baseUrl(), sandbox.login(), sandbox.password(), c.neverDecided());
        Set<String> before = transactions();

        try (ChildJvm sell = rig.sell(dir, config, rig.freshCard(rig.totp()), c.amount(), c.pauseAt())) {
            if (c.pauseAt() != null) {
                JsonNode paused = sell.awaitDrillPause(c.pauseAt(), CrashRig.PAUSE_WAIT);
                assertThat(paused.path("point").asText()).startsWith(c.pauseAt().split("#")[0]);
                assertThat(sell.kill9()).as("killed by SIGKILL").isEqualTo(CrashRig.SIGKILL_EXIT);
            } else {
                sell.await(j -> "total".equals(j.path("event").asText()), "the sale's total", CrashRig.PAUSE_WAIT);
                Thread.sleep(c.killAfterMs());
                boolean killed = sell.alive() && sell.kill9() == CrashRig.SIGKILL_EXIT;
                List<JsonNode> lines = sell.jsonLines();
                System.out.printf("%s: %s; its last line: %s%n", c, killed ? "killed" : "had already ended",
                        lines.isEmpty() ? "none" : lines.get(lines.size() - 1));
            }
        }
        rig.recover(dir, config);
        expect(c, assertAgreement(dir, config, before));
    }

    private Set<String> transactions() {
        return sandbox.ledger().payments().stream().map(SandboxPayment::transactionId).collect(Collectors.toSet());
    }

    /** Store and sandbox agree; returns the case's only sale with its payments and new server transactions. */
    private CaseEnd assertAgreement(Path dir, Path config, Set<String> before) throws Exception {
        SandboxLedger ledger = sandbox.ledger();
        List<SandboxPayment> created = ledger.payments().stream()
                .filter(p -> !before.contains(p.transactionId())).toList();
        try (TillStore store = TillStore.open(rig.settings(config).jdbcUrl())) {
            LedgerAgreement agreement = new LedgerAgreement(created, ledger::checkoutsWithRequestId,
                    CrashRig.printerFile(dir));
            assertThat(agreement.violations(store)).as("store and sandbox in %s", dir.getFileName()).isEmpty();
            List<SaleRow> sales = store.sales().list(Instant.EPOCH, null);
            assertThat(sales).as("one sale per case").hasSize(1);
            return new CaseEnd(sales.get(0), store.payments().forSale(sales.get(0).id()), created, ledger);
        }
    }

    /** How a case ended: its sale, the sale's payments, the server transactions made during the case. */
    private record CaseEnd(SaleRow sale, List<PaymentRow> payments, List<SandboxPayment> created,
                           SandboxLedger ledger) {
    }

    private static void expect(CrashCase c, CaseEnd end) {
        SaleRow sale = end.sale();
        List<SandboxPayment> created = end.created();
        SandboxLedger ledger = end.ledger();
        switch (c.expected()) {
            case PAID -> {
                assertThat(sale.status()).isEqualTo(SaleStatus.PAID);
                assertThat(created).singleElement().satisfies(tx -> assertThat(tx.status()).isEqualTo("accepted"));
                checkoutSentWithTheSameBytes(c, created.get(0), ledger);
            }
            case NEVER_SENT -> {
                assertThat(sale.status()).isEqualTo(SaleStatus.CANCELLED);
                assertThat(created).as("nothing reached the server").isEmpty();
                assertThat(end.payments()).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("FAILED"));
            }
            case CANCELLED -> {
                assertThat(sale.status()).isEqualTo(SaleStatus.CANCELLED);
                assertThat(created).singleElement().satisfies(tx -> assertThat(tx.status()).isEqualTo("canceled"));
                checkoutSentWithTheSameBytes(c, created.get(0), ledger);
            }
            case ANY -> assertThat(sale.status()).isIn(SaleStatus.PAID, SaleStatus.CANCELLED);
        }
    }

    /** The checkout reached the server as often as the case says, every time with the very same bytes. */
    private static void checkoutSentWithTheSameBytes(CrashCase c, SandboxPayment tx, SandboxLedger ledger) {
        List<String> bodies = ledger.received(CHECKOUT_PATH).stream()
                .map(r -> new String(r.body(), StandardCharsets.UTF_8))
                .filter(b -> b.contains("\"" + tx.requestId() + "\"")).toList();
        assertThat(bodies).as("checkout sends of %s (the original, if it got out, and a recovery resend)",
                tx.requestId()).hasSize(c.checkoutSends()).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)));
    }
}
