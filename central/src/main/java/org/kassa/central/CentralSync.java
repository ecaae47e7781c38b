package org.kassa.central;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kassa.central.internal.Backoff;
import org.kassa.central.internal.CatalogPull;
import org.kassa.central.internal.OutboxPush;
import org.kassa.till.store.OutboxKind;
import org.kassa.till.store.TillStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a till and the shop's central store in step (docs/decisions/0171): pushes the till's outbox in order and
 * pulls the catalog's changes. {@link #start} runs it on a daemon thread of its own, never on a sale's path: a
 * sale only writes its outbox row locally. While the server is away it tries again after 1 s, 2 s … 60 s (with
 * jitter), says so once in a WARN and once in an INFO when it is back. {@link #syncNow} does one full round for
 * {@code kassa sync}.
 */
public final class CentralSync implements AutoCloseable {

    /** Records per PostgreSQL transaction. */
    public static final int BATCH = 200;
    /** How often an idle till looks at its outbox: well inside the 2 s lag a healthy shop should see. */
    static final Duration IDLE_POLL = Duration.ofMillis(250);
    /** How often the catalog is pulled while the server answers. */
    static final Duration CATALOG_EVERY = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(CentralSync.class);

    /** One record the central store took in. */
    public record Sent(OutboxKind kind, String id, long seq) {
    }

    /** What one {@link #syncNow} did: records sent, records still pending, products new or changed locally. */
    public record Result(int sent, long pending, int productsPulled) {
    }

    /** Hears each record as the central store takes it in (for {@code kassa sync}'s JSON lines). */
    @FunctionalInterface
    public interface Listener {
        void sent(Sent record);
    }

    private final CentralSettings settings;
    private final TillStore store;
    private final OutboxPush push;
    private final CatalogPull catalog;
    private final Object wakeUp = new Object();
    private volatile CentralDatabase database;
    private volatile boolean stopped;
    private volatile boolean away;
    private String catalogProblem;
    private Thread thread;

    private CentralSync(CentralSettings settings, TillStore store, String tillId) {
        this.settings = settings;
        this.store = store;
        this.push = new OutboxPush(store, tillId, BATCH);
        this.catalog = new CatalogPull(store);
    }

    /** For one-off rounds ({@link #syncNow}); no thread is started. */
    public static CentralSync manual(CentralSettings settings, TillStore store, String tillId) {
        return new CentralSync(settings, store, tillId);
    }

    /** Starts the background sender; {@link #close()} stops it. */
    public static CentralSync start(CentralSettings settings, TillStore store, String tillId) {
        CentralSync sync = new CentralSync(settings, store, tillId);
        sync.thread = new Thread(sync::run, "kassa-central-sync");
        sync.thread.setDaemon(true);
        sync.thread.start();
        return sync;
    }

    /**
     * Pushes everything pending and pulls the catalog, now.
     *
     * @throws CentralUnavailableException when the central store cannot be reached or refuses a record (what was
     *                                     taken in before stays taken in)
     */
    public Result syncNow(Listener listener) {
        try {
            CentralDatabase db = database();
            int sent = pushAll(db, listener, Integer.MAX_VALUE);
            int pulled = catalog.pull(db);
            return new Result(sent, store.outbox().backlog().count(), pulled);
        } catch (SQLException e) {
            throw new CentralUnavailableException("the central store at " + settings.describe() + " did not take "
                    + "the till's records (" + CentralDatabase.oneLine(e) + "); they stay pending and are sent when it answers", e);
        }
    }

    /** Asks the background sender to look at the outbox now; ignored while it waits out an outage. */
    public void wake() {
        if (!away) {
            signal();
        }
    }

    /** Whether the last try failed: the server is away or refused a record. */
    public boolean away() {
        return away;
    }

    private void signal() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private int pushAll(CentralDatabase db, Listener listener, int maxBatches) throws SQLException {
        int sent = 0;
        for (int batch = 0; batch < maxBatches && !stopped; batch++) {
            List<OutboxPush.Sent> done = push.pushBatch(db);
            for (OutboxPush.Sent s : done) {
                listener.sent(new Sent(s.kind(), s.id(), s.seq()));
            }
            sent += done.size();
            if (done.isEmpty() && store.outbox().pending(1).isEmpty()) {
                break;
            }
        }
        return sent;
    }

    private CentralDatabase database() {
        CentralDatabase db = database;
        if (db == null) {
            db = settings.open();   // migrates once per process
            database = db;
        }
        return db;
    }

    private void run() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), RandomGenerator.getDefault());
        long lastPull = 0;
        while (!stopped) {
            long waitMillis;
            try {
                CentralDatabase db = database();
                int sent = pushAll(db, r -> { }, 10);
                if (System.nanoTime() - lastPull >= CATALOG_EVERY.toNanos() || lastPull == 0) {
                    pullCatalog(db);
                    lastPull = System.nanoTime();
                }
                if (away) {
                    LOG.info("central store {} answers again; {} records sent, {} still pending", settings.describe(),
                            sent, store.outbox().backlog().count());
                    away = false;
                }
                backoff.reset();
                waitMillis = sent > 0 ? 0 : IDLE_POLL.toMillis();
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    break;
                }
                if (!away) {
                    LOG.warn("central store {} is away or refuses the till's records ({}); the till keeps selling and "
                            + "sends its records when it answers", settings.describe(), CentralDatabase.oneLine(e));
                    away = true;
                }
                waitMillis = backoff.nextMillis();
            }
            pause(waitMillis);
        }
    }

    /**
     * A catalog the till's store refuses (e.g. a barcode of two articles) is said once and never slows the
     * sending of sales; a server error is an outage like any other.
     */
    private void pullCatalog(CentralDatabase db) throws SQLException {
        try {
            int pulled = catalog.pull(db);
            if (pulled > 0) {
                LOG.info("catalog: {} products new or changed from the central store", pulled);
            }
            catalogProblem = null;
        } catch (org.kassa.till.store.StoreException e) {
            if (!e.getMessage().equals(catalogProblem)) {
                LOG.warn("the catalog of the central store was not taken into the till ({}); the till sells from its "
                        + "own copy", e.getMessage());
            }
            catalogProblem = e.getMessage();
        }
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        synchronized (wakeUp) {
            if (!stopped) {
                try {
                    wakeUp.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }

    /** Stops the background sender (waiting up to 10 s for a batch under way); what is pending stays pending. */
    @Override
    public void close() {
        stopped = true;
        signal();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "CentralSync[" + settings.describe() + "]";
    }
}
