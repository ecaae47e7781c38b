package org.kassa.app.central.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.kassa.app.till.TillRuntime;
import org.kassa.central.CentralDatabase;
import org.kassa.till.testing.ThrowawayPostgres;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lag from a till's sale being committed to it being in the central store, while the server is healthy
 * (issue 14: p99 ≤ 2 s). A real till ({@link TillRuntime}, so its background sender as the window runs it)
 * sells one cash sale before each measured call (not timed); the call then polls the central PostgreSQL server
 * every 2 ms until the sale's row is there. SampleTime gives the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CentralLagBenchmark {

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private ThrowawayPostgres pg;
    private TillRuntime till;
    private Connection central;
    private PreparedStatement lookup;
    private String saleId;
    private int n;

    @Setup(Level.Trial)
    public void start() throws Exception {
        pg = ThrowawayPostgres.start();
        String url = "jdbc:postgresql://127.0.0.1:" + pg.port() + "/kassa";
        CentralDatabase.open(url, "kassa", null);
        BenchTills tills = new BenchTills();
        Path dir = BenchTills.STORES.resolve("central-lag-" + System.currentTimeMillis());
        till = TillRuntime.open(tills.settings(tills.configure(dir, url)));
        central = DriverManager.getConnection(pg.url("kassa"));
        lookup = central.prepareStatement("SELECT 1 FROM sale WHERE id = ?");
    }

    /** The sale whose lag the next call measures: committed PAID when this returns. */
    @Setup(Level.Invocation)
    public void sell() {
        saleId = BenchTills.sellCash(till.till(), ++n);
    }

    @Benchmark
    public int saleReachesTheCentralStore() throws Exception {
        long start = System.nanoTime();
        lookup.setString(1, saleId);
        while (true) {
            try (ResultSet rs = lookup.executeQuery()) {
                if (rs.next()) {
                    return n;
                }
            }
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                throw new IllegalStateException("sale " + saleId + " not in the central store after 60 s");
            }
            Thread.sleep(2);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        try {
            if (central != null) {
                central.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        }
        if (till != null) {
            till.close();
        }
        if (pg != null) {
            pg.close();
        }
    }
}
