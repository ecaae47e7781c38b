package org.kassa.app.ui.shell;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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

    /** The window never came: closes the till once it is open. */
    public void abandon() {
        opened.thenAccept(o -> o.runtime().close());
    }
}
