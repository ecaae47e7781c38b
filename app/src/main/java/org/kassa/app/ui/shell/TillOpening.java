package org.kassa.app.ui.shell;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.Recovery;
import org.slf4j.LoggerFactory;

/**
 * Opening the till (store and its migrations, Pay peer, printer) and recovery, on a thread of its own. The
 * launcher begins it before JavaFX starts, so the store opens while the toolkit loads: on a 2-core till both
 * take about a second (docs/performance.md, "Till window").
 */
public final class TillOpening {

    /** How long recovery waits for one resumed payment: the status cap and some. */
    private static final Duration RECOVERY_WAIT = Duration.ofSeconds(35);

    record Opened(TillRuntime runtime, Recovery.Report report) {
    }

    private final CompletableFuture<Opened> opened = new CompletableFuture<>();

    private TillOpening() {
    }

    /** Starts opening the till now. */
    public static TillOpening begin(KassaSettings settings) {
        TillOpening opening = new TillOpening();
        long started = System.nanoTime();
        Thread thread = new Thread(() -> {
            try {
                TillRuntime runtime = TillRuntime.open(settings);
                Recovery.Report report = runtime.recover(false, RECOVERY_WAIT);
                LoggerFactory.getLogger(TillOpening.class).info("till opened and recovered in {} ms",
                        (System.nanoTime() - started) / 1_000_000);
                opening.opened.complete(new Opened(runtime, report));
            } catch (Throwable e) {
                opening.opened.completeExceptionally(e);
            }
        }, "till-start");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    CompletableFuture<Opened> opened() {
        return opened;
    }

    /**
     * The window never came: waits (bounded) until the till is open, then closes it, so that the process does
     * not end in the middle of a schema migration or a recovery step.
     */
    public void abandon() {
        try {
            opened.get(RECOVERY_WAIT.toSeconds() * 2, TimeUnit.SECONDS).runtime().close();
        } catch (ExecutionException failedToOpen) {
            // nothing was opened: nothing to close
        } catch (TimeoutException e) {
            LoggerFactory.getLogger(TillOpening.class).warn("the till did not finish opening within {} s; the next "
                    + "start recovers what it left", RECOVERY_WAIT.toSeconds() * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
