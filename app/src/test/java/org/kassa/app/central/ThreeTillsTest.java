package org.kassa.app.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kassa.app.crash.ChildJvm;
import org.kassa.app.crash.CrashRig;
import org.kassa.central.CentralDatabase;
import org.kassa.till.testing.ThrowawayPostgres;

/**
 * Issue 14's proof: three tills (child JVMs running {@link TillDriver}, each with its own store and configuration
 * in test mode) sell at once against one {@code kassa sandbox} process, cash and Koshelek Pay mixed, and send to
 * one real PostgreSQL server. The server is stopped mid-run (the tills keep selling) and started again; one till
 * is killed with SIGKILL while it sends its backlog and started again (recovery, then its sender). At the end
 * every sale and payment is in the central store exactly once, the same as the union of the tills' own stores,
 * and the store-wide report agrees with the tills' Z reports ({@link StoreAgreement}).
 *
 * <p>Every wait is bounded; the bounds are generous for a loaded 2-core machine and none is asserted as a speed.
 */
class ThreeTillsTest {

    private static final int TILLS = 3;
    private static final int KILLED = 1;
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final Duration PROGRESS_WAIT = Duration.ofSeconds(60);
    /** The sender's backoff while the server was away, plus its catching up on a loaded machine. */
    private static final Duration RESUME_WAIT = Duration.ofSeconds(90);

    private final List<Till> tills = new ArrayList<>();

    /** One till process and its files. */
    record Till(int no, Path dir, Path config, Path stopFile, ChildJvm[] process, String[] tillId) {

        ChildJvm jvm() {
            return process[0];
        }

        long sold() {
            return process[0] == null ? 0 : process[0].jsonLines().stream()
                    .filter(j -> "sold".equals(j.path("event").asText())).count();
        }
    }

    /** The phases' bounds add up to more, but a healthy run on a loaded 2-core machine takes 1-2 minutes. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void threeTillsSellThroughAnOutageAndAKillAndTheCentralStoreHasEverySaleOnce() throws Exception {
        long started = System.nanoTime();
        CrashRig rig = new CrashRig("three-tills", 14L);
        Path shop = rig.caseDir("shop");
        try (ThrowawayPostgres pg = ThrowawayPostgres.start();
             ChildJvm sandbox = ChildJvm.start("sandbox", shop, List.of(), "sandbox")) {
            String centralUrl = "jdbc:postgresql://127.0.0.1:" + pg.port() + "/kassa";
            CentralDatabase.open(centralUrl, "kassa", null);   // the schema exists before the tills connect
            CentralView central = new CentralView(pg.url("kassa"));
            JsonNode pay = sandbox.await(j -> j.has("baseUrl"), "the sandbox's baseUrl line", START_WAIT);
            try {
                for (int no = 1; no <= TILLS; no++) {
                    tills.add(prepare(rig, no, pay, centralUrl));
                }
                for (Till till : tills) {
                    start(till);
                }
                for (Till till : tills) {
                    till.tillId()[0] = till.jvm().await(j -> "ready".equals(j.path("event").asText()),
                            "the driver's ready line", START_WAIT).path("tillId").asText();
                }
                // Healthy: every till's sales reach the centre.
                for (Till till : tills) {
                    await("till " + till.no() + ": 3 paid sales in the central store", PROGRESS_WAIT,
                            () -> central.paidSales(till.tillId()[0]).orElse(0) >= 3);
                }

                Till victim = tills.get(KILLED);
                pg.stop();
                long[] soldAtStop = tills.stream().mapToLong(Till::sold).toArray();
                for (Till till : tills) {
                    await("till " + till.no() + ": 5 more sales while the central server is away", PROGRESS_WAIT,
                            () -> till.sold() >= soldAtStop[till.no() - 1] + 5);
                    assertThat(till.jvm().alive()).as("till %d keeps selling\n%s", till.no(), till.jvm().report())
                            .isTrue();
                }
                pg.restart();

                // SIGKILL the victim while its sender is inside a batch transaction (it holds its central_till row).
                awaitEvery(Duration.ofMillis(5), "till " + victim.no() + "'s sender inside a batch", RESUME_WAIT,
                        () -> central.senderInBatch(victim.tillId()[0]));
                central.closeProbe();
                long soldAtKill = victim.sold();
                OptionalLong sentAtKill = central.paidSales(victim.tillId()[0]);
                assertThat(victim.jvm().kill9()).isEqualTo(CrashRig.SIGKILL_EXIT);
                System.out.printf("three tills: till %d killed inside a batch with %d sales sold, %s of them in the "
                        + "central store%n", victim.no(), soldAtKill, sentAtKill);
                start(victim);
                victim.jvm().await(j -> "ready".equals(j.path("event").asText()), "the restarted till's ready line",
                        START_WAIT);
                await("the restarted till sells again", PROGRESS_WAIT, () -> victim.sold() >= 3);

                // The background senders catch up with everything sold so far, while the tills still run.
                for (Till till : tills) {
                    long soldNow = till.no() - 1 == KILLED ? soldAtKill + till.sold() : till.sold();
                    await("till " + till.no() + ": the central store catches up (" + soldNow + " sales)",
                            RESUME_WAIT, () -> central.paidSales(till.tillId()[0]).orElse(0) >= soldNow);
                }
                List<JsonNode> zReports = new ArrayList<>();
                for (Till till : tills) {
                    Files.writeString(till.stopFile(), "stop");
                }
                for (Till till : tills) {
                    assertThat(till.jvm().awaitExit(PROGRESS_WAIT)).as(till.jvm().report()).isEqualTo(0);
                    zReports.add(till.jvm().await(j -> "Z".equals(j.path("kind").asText()), "the Z report",
                            Duration.ofSeconds(5)));
                }
                StoreAgreement agreement = new StoreAgreement(rig, central, shop);
                agreement.syncEveryTill(tills);
                agreement.assertEverySaleOnce(tills);
                agreement.assertStoreReportEqualsZReports(tills, zReports);
            } finally {
                for (Till till : tills) {
                    if (till.jvm() != null) {
                        till.jvm().close();
                    }
                }
                sandbox.stop();
                System.out.printf("three tills: %.1f s%n", (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private static Till prepare(CrashRig rig, int no, JsonNode pay, String centralUrl) throws Exception {
        Path dir = rig.caseDir("till-" + no);
        Path config = rig.writeConfig(dir, URI.create(pay.get("baseUrl").asText()), pay.get("login").asText(),
                pay.get("password").asText(), false);
        Files.writeString(config, "store.central.url = " + centralUrl + "\nstore.central.user = kassa\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new Till(no, dir, config, dir.resolve("stop"), new ChildJvm[1], new String[1]);
    }

    private static void start(Till till) throws Exception {
        till.process()[0] = ChildJvm.startMain("till-" + till.no(), till.dir(), List.of(),
                TillDriver.class.getName(), till.config().toString(), till.stopFile().toString(), "0", "4");
    }

    /** Polls {@code done} every 100 ms until it holds; fails naming {@code what} after {@code bound}. */
    static void await(String what, Duration bound, BooleanSupplier done) throws InterruptedException {
        awaitEvery(Duration.ofMillis(100), what, bound, done);
    }

    static void awaitEvery(Duration poll, String what, Duration bound, BooleanSupplier done)
            throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(bound);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + bound.toSeconds() + " s");
            }
            Thread.sleep(poll.toMillis());
        }
        System.out.printf("three tills: %s after %.1f s%n", what, Duration.between(start, Instant.now()).toMillis() / 1e3);
    }
}
