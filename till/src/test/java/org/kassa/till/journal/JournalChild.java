package org.kassa.till.journal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.kassa.till.store.TillStore;

/**
 * Run as a child JVM by {@link JournalCrashTest}: journals attempt 1 of a call and says so on stdout; for each
 * line on stdin journals the next attempt and says so; blocks until killed (at most 2 minutes, so a lost child
 * never lingers).
 */
public final class JournalChild {

    public static final String JOURNALED = "JOURNALED";

    private JournalChild() {
    }

    public static void main(String[] args) throws Exception {
        TillStore store = TillStore.open(Path.of(args[0]));
        DurableJournal journal = new DurableJournal(store).forPayment("sale-crash", "pay-crash");
        int attempt = 1;
        journal.beforeCall("checkout", DurableJournalTest.CHECKOUT, attempt);
        System.out.println(JOURNALED + " " + attempt);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            attempt++;
            journal.beforeCall("checkout", DurableJournalTest.CHECKOUT, attempt);
            System.out.println(JOURNALED + " " + attempt);
            System.out.flush();
        }
        Thread.sleep(120_000);
    }
}
