package org.kassa.till.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Store growth and a day's listing. The first trial writes {@code sales} typical sales ({@link TypicalSales}),
 * {@code salesPerDay} per day, through the repositories into {@code target/bench-stores/growth-<sales>} and
 * prints the time taken and the H2 file's size (open, after close, and after {@code SHUTDOWN COMPACT}, which
 * the store then keeps); later trials reuse that store. The benchmark lists the last day as {@code kassa sales --since DAY}
 * does: {@code SaleRepository.list(since, status)} and the payments of every sale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = 1)
@Measurement(iterations = 20, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StoreGrowthBenchmark {

    static final Instant FIRST_DAY = Instant.parse("2026-11-01T00:00:00Z");

    @Param("100000")
    public int sales;

    @Param("5000")
    public int salesPerDay;

    private TillStore store;
    private Instant lastDay;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        Path dir = Path.of("target", "bench-stores", "growth-" + sales + "-" + salesPerDay).toAbsolutePath();
        Path filled = dir.resolve("filled");
        lastDay = FIRST_DAY.plus(Duration.ofDays((sales - 1) / salesPerDay));
        if (Files.exists(filled)) {
            store = TillStore.open(dir);
            System.out.printf("%nreusing %s (%s)%n", dir, Files.readString(filled).strip());
            return;
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        store = TillStore.open(dir);
        TypicalSales writer = new TypicalSales(store);
        long spacingMillis = Duration.ofDays(1).toMillis() / salesPerDay;
        long start = System.nanoTime();
        for (int n = 0; n < sales; n++) {
            Instant day = FIRST_DAY.plus(Duration.ofDays(n / salesPerDay));
            writer.write(n, day.plusMillis((n % salesPerDay) * spacingMillis));
            if ((n + 1) % 1_000 == 0) {
                System.out.printf("%d sales written, %.0f s, file %s%n", n + 1, (System.nanoTime() - start) / 1e9,
                        mib(Files.size(dir.resolve("kassa.mv.db"))));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long open = Files.size(dir.resolve("kassa.mv.db"));
        store.close();
        long closed = Files.size(dir.resolve("kassa.mv.db"));
        long compacted = compactInPlace(dir);
        String report = String.format(Locale.ROOT, "%d sales written in %.0f s (%.2f ms per sale); kassa.mv.db: "
                        + "%s while open, %s after close (%d bytes per sale), %s after SHUTDOWN COMPACT (%d bytes per "
                        + "sale)", sales, seconds, seconds * 1000 / sales, mib(open), mib(closed), closed / sales,
                mib(compacted), compacted / sales);
        System.out.printf("%n%s%n", report);
        Files.writeString(filled, report);
        store = TillStore.open(dir);
    }

    /** The last day's PAID sales with their payments ({@code kassa sales --since DAY --status PAID}). */
    @Benchmark
    public int listDayPaid() {
        return listDay(SaleStatus.PAID);
    }

    /** The last day's sales of any status with their payments ({@code kassa sales --since DAY}). */
    @Benchmark
    public int listDayAnyStatus() {
        return listDay(null);
    }

    private int listDay(SaleStatus status) {
        int payments = 0;
        var day = store.sales().list(lastDay, status);
        for (SaleRow sale : day) {
            for (PaymentRow p : store.payments().forSale(sale.id())) {
                payments += p.amountKopecks() > 0 ? 1 : 0;
            }
        }
        if (day.size() != salesPerDay || payments != salesPerDay) {
            throw new IllegalStateException("expected " + salesPerDay + " sales and payments, got " + day.size()
                    + " and " + payments);
        }
        return payments;
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    /**
     * Compacts the closed database in place ({@code SHUTDOWN COMPACT}) and returns its size: what the data
     * needs without the free space H2 leaves behind a burst of commits.
     */
    private static long compactInPlace(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("kassa"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return Files.size(dir.resolve("kassa.mv.db"));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
