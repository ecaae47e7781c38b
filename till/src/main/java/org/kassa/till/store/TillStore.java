package org.kassa.till.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The till's local database: opens it, brings its schema up to date (Flyway, {@code classpath:db/migration}),
 * hands out the typed repositories and closes it. Thread-safe; every repository write is its own committed
 * transaction unless the method says otherwise.
 *
 * <p>The default is an H2 file database {@code <dataDir>/kassa.mv.db} with {@code WRITE_DELAY=0}, so a commit
 * has reached the file when the call returns and a {@code kill -9} right after loses nothing
 * (docs/decisions/0101). The store keeps one connection open for its whole life: that holds H2's file lock,
 * so a second till on the same folder fails at once with a clear message. Repository calls take pooled
 * sessions (docs/decisions/0100).
 *
 * <pre>{@code
 * try (TillStore store = TillStore.open(Path.of(System.getProperty("user.home"), ".kassa"))) {
 *     store.products().byBarcode("4601234000017");
 * }
 * }</pre>
 */
public final class TillStore implements AutoCloseable {

    /** Database file name (without H2's {@code .mv.db}) inside the data folder. */
    public static final String DATABASE_NAME = "kassa";

    /** An H2 file above this size is compacted when the store closes (see {@link #needsCompaction()}). */
    public static final long COMPACT_ABOVE_BYTES = 32L * 1024 * 1024;

    private static final Set<String> OPEN_IN_THIS_PROCESS = new HashSet<>();

    private final String url;
    private final UrlDataSource dataSource;
    private final Connection keeper;
    private final ProductRepository products;
    private final SaleRepository sales;
    private final PaymentRepository payments;
    private final OperationRepository operations;
    private final JournalRepository journal;
    private final PrintJobRepository printJobs;
    private final LoyaltyScanRepository loyaltyScans;
    private final MealCardRepository mealCards;
    private final SettingsRepository settings;
    private final UserRepository users;
    private final AuditRepository audit;
    private final ShiftRepository shifts;
    private final RefundRepository refunds;
    private final ReportRepository reports;
    private final OutboxRepository outbox;
    private boolean closed;

    private TillStore(String url, UrlDataSource dataSource, Connection keeper) {
        this.url = url;
        this.dataSource = dataSource;
        this.keeper = keeper;
        Jdbc jdbc = new Jdbc(dataSource, describe(url));
        this.products = new ProductRepository(jdbc);
        this.sales = new SaleRepository(jdbc);
        this.payments = new PaymentRepository(jdbc);
        this.operations = new OperationRepository(jdbc);
        this.journal = new JournalRepository(jdbc);
        this.printJobs = new PrintJobRepository(jdbc);
        this.loyaltyScans = new LoyaltyScanRepository(jdbc);
        this.mealCards = new MealCardRepository(jdbc);
        this.settings = new SettingsRepository(jdbc);
        this.users = new UserRepository(jdbc);
        this.audit = new AuditRepository(jdbc);
        this.shifts = new ShiftRepository(jdbc);
        this.refunds = new RefundRepository(jdbc);
        this.reports = new ReportRepository(jdbc);
        this.outbox = new OutboxRepository(jdbc);
    }

    /** The JDBC URL of the default database in {@code dataDir}: an H2 file with commit-time durability. */
    public static String defaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve(DATABASE_NAME) + ";WRITE_DELAY=0";
    }

    /** Opens (creating if needed) the default database in {@code dataDir}. */
    public static TillStore open(Path dataDir) {
        return open(defaultUrl(dataDir));
    }

    /**
     * Opens the database at {@code jdbcUrl} (H2 or PostgreSQL) and migrates it.
     *
     * @throws StoreOpenException with one line naming the URL, the problem and the fix
     */
    public static TillStore open(String jdbcUrl) {
        String key = StoreOpening.lockKey(jdbcUrl);
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(key)) {
                throw new StoreOpenException("the till database " + describe(jdbcUrl) + " is already open in "
                        + "this program; use the open store, or close it first");
            }
        }
        try {
            StoreOpening.prepareFolder(jdbcUrl);
            Properties credentials = StoreOpening.credentials(jdbcUrl);
            UrlDataSource ds = new UrlDataSource(jdbcUrl, credentials);
            Connection keeper = StoreOpening.connect(ds, jdbcUrl);
            try {
                if (StoreOpening.isH2(jdbcUrl)) {
                    try (Statement s = keeper.createStatement()) {
                        s.execute("SET WRITE_DELAY 0");
                    }
                }
                StoreOpening.migrate(ds, jdbcUrl);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(keeper);
                throw e instanceof StoreOpenException soe ? soe
                        : new StoreOpenException("cannot prepare the till database " + describe(jdbcUrl) + ": "
                        + e.getMessage(), e);
            }
            return new TillStore(jdbcUrl, ds, keeper);
        } catch (RuntimeException e) {
            synchronized (OPEN_IN_THIS_PROCESS) {
                OPEN_IN_THIS_PROCESS.remove(key);
            }
            throw e;
        }
    }

    /** The URL, with any password in it replaced by {@code ***}. */
    public String url() {
        return describe(url);
    }

    /** Connections to this database, one per call; close each one. */
    public DataSource dataSource() {
        return dataSource;
    }

    public ProductRepository products() {
        return products;
    }

    public SaleRepository sales() {
        return sales;
    }

    public PaymentRepository payments() {
        return payments;
    }

    /** Cancels and refunds of payments. */
    public OperationRepository operations() {
        return operations;
    }

    public JournalRepository journal() {
        return journal;
    }

    public PrintJobRepository printJobs() {
        return printJobs;
    }

    public LoyaltyScanRepository loyaltyScans() {
        return loyaltyScans;
    }

    public MealCardRepository mealCards() {
        return mealCards;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** Till users with hashed PINs (docs/decisions/0130). */
    public UserRepository users() {
        return users;
    }

    public AuditRepository audit() {
        return audit;
    }

    public ShiftRepository shifts() {
        return shifts;
    }

    /** Refunds and cancels of sales, by line. */
    public RefundRepository refunds() {
        return refunds;
    }

    /** The queries of X and Z reports. */
    public ReportRepository reports() {
        return reports;
    }

    /** What this till owes the shop's central store (docs/decisions/0171). */
    public OutboxRepository outbox() {
        return outbox;
    }

    /** Releases the database (and H2's file lock). Safe to call twice. */
    @Override
    public void close() {
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (closed) {
                return;
            }
            closed = true;
            OPEN_IN_THIS_PROCESS.remove(StoreOpening.lockKey(url));
        }
        dataSource.close();
        try (Statement s = keeper.createStatement()) {
            if (StoreOpening.isH2(url)) {
                s.execute(needsCompaction() ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (SQLException e) {
            // already gone: nothing left to release
        } finally {
            closeQuietly(keeper);
        }
    }

    /**
     * With {@code WRITE_DELAY=0} (decision 0101) H2 never starts the background writer that also compacts the
     * file, so every commit leaves a partly used chunk behind (about 300 KB per sale, measured in decision 0125)
     * until the database is compacted. Closing compacts once the file passes {@link #COMPACT_ABOVE_BYTES}: the
     * file then shrinks to a few KB per sale, at the cost of a rewrite on that one close.
     */
    private boolean needsCompaction() {
        return StoreOpening.h2File(url).map(f -> java.nio.file.Path.of(f + ".mv.db")).filter(java.nio.file.Files::exists)
                .map(p -> {
                    try {
                        return java.nio.file.Files.size(p) > COMPACT_ABOVE_BYTES;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                }).orElse(false);
    }

    @Override
    public String toString() {
        return "TillStore[" + describe(url) + (closed ? ", closed" : "") + "]";
    }

    /** A URL fit for messages and logs: a {@code password=} value becomes {@code ***}. */
    public static String describe(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }
}
