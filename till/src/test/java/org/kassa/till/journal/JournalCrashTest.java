package org.kassa.till.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kassa.till.store.JournalEntry;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TestStores;
import org.kassa.till.store.TillStore;

/**
 * A journal row committed by a till that is killed with SIGKILL right after {@code beforeCall} returned is there
 * when the till starts again; while that till runs, a second one cannot open its database.
 */
class JournalCrashTest {

    @Test
    void aRowCommittedJustBeforeKillMinus9SurvivesAndTheRunningTillHoldsTheFile() throws Exception {
        Path dir = TestStores.freshDir("crash");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JournalChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(nextLine(out)).isEqualTo(JournalChild.JOURNALED + " 1");

            assertThatThrownBy(() -> TillStore.open(dir)).isInstanceOf(StoreOpenException.class)
                    .hasMessage("the till database " + dir.resolve("kassa.mv.db") + " is in use by another running "
                            + "Kassa (or another program); close that one first, or start this one with another "
                            + "--data-dir");

            OutputStream in = child.getOutputStream();
            in.write('\n');
            in.flush();
            assertThat(nextLine(out)).isEqualTo(JournalChild.JOURNALED + " 2");
            child.destroyForcibly(); // at once: H2's background writer (500 ms by default) has had no chance
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (TillStore store = TillStore.open(dir)) {
            assertThat(new DurableJournal(store).pending()).allSatisfy(e -> {
                assertThat(e.requestId()).isEqualTo("req-1");
                assertThat(e.saleId()).isEqualTo("sale-crash");
                assertThat(e.body()).isEqualTo(DurableJournalTest.CHECKOUT.body());
            }).extracting(JournalEntry::attempt).containsExactly(1, 2);
        }
    }

    private static String nextLine(BufferedReader out) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return "read failed: " + e;
            }
        }).get(60, TimeUnit.SECONDS);
    }
}
