package org.kassa.app.till.drill;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kassa.till.TillRecords;

/**
 * A test and diagnostic switch (docs/decisions/0120): with the system property {@code kassa.drill.pauseAt}
 * set, the till's records are wrapped so that right after the chosen point is committed the process prints
 * {@code {"event":"drill-paused","point":"..."}} on stdout and stops there, for a harness to kill it with
 * SIGKILL at exactly that step. Without the property nothing is wrapped: the till runs as it always does.
 */
public final class CrashDrill {

    /** The system property that arms the drill. */
    public static final String PROPERTY = "kassa.drill.pauseAt";

    /** A paused till that nobody kills ends itself after this long, so a forgotten drill never lingers. */
    private static final long MAX_PAUSE_MINUTES = 10;

    private final DrillPoint point;
    private final PrintStream out;
    private final AtomicInteger reached = new AtomicInteger();

    CrashDrill(DrillPoint point, PrintStream out) {
        this.point = point;
        this.out = out;
    }

    /** {@code records} itself unless {@code kassa.drill.pauseAt} is set; then the records with the drill. */
    public static TillRecords arm(TillRecords records) {
        String pauseAt = System.getProperty(PROPERTY);
        if (pauseAt == null || pauseAt.isBlank()) {
            return records;
        }
        return DrillRecords.wrap(records, new CrashDrill(DrillPoint.parse(pauseAt), System.out));
    }

    /** Called after a record of {@code kind} and {@code name} was committed: pauses here if it is the point. */
    void committed(String kind, String name) {
        if (point.matches(kind, name) && reached.incrementAndGet() == point.occurrence()) {
            pause();
        }
    }

    private void pause() {
        synchronized (out) {
            out.println("{\"event\":\"drill-paused\",\"point\":\"" + point + "\"}");
            out.flush();
        }
        try {
            TimeUnit.MINUTES.sleep(MAX_PAUSE_MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Never carry on past a drill point: the harness expects the process to die here.
        Runtime.getRuntime().halt(70);
    }
}
