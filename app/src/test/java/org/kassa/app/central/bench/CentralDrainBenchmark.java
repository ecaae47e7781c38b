package org.kassa.app.central.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Backlogs drained into one central PostgreSQL server: {@code shape} = TILLSxSALES, each till a store of SALES
 * unsent cash sales (made once by {@link BenchTills#backlog}, copied fresh for every iteration, a fresh central
 * database each time). The measured call starts every till ({@link TillRuntime}, so its background sender as the
 * window runs it) at once and returns when the central store holds every sale: {@code 1x10000} is the time to
 * drain a 10,000-sale backlog; {@code 4x2500} is 10,000 sales from four senders at once, the central server's
 * intake rate (10,000 / the time). The time includes opening the tills (their H2 stores), so it is an upper
 * bound of the sending alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Timeout(time = 30, timeUnit = TimeUnit.MINUTES)   // the first trial makes the backlogs
public class CentralDrainBenchmark {

    private static final long GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(10);

    @Param({"1x10000", "4x2500"})
    public String shape;

    private ThrowawayPostgres pg;
    private BenchTills tills;
    private final List<Path> pristine = new ArrayList<>();
    private final List<Path> configs = new ArrayList<>();
    private String centralUrl;
    private int expected;
    private int database;
    private ExecutorService starter;
    private final List<Future<TillRuntime>> running = new ArrayList<>();

    @Setup(Level.Trial)
    public void fill() throws Exception {
        int count = Integer.parseInt(shape.split("x")[0]);
        int sales = Integer.parseInt(shape.split("x")[1]);
        expected = count * sales;
        tills = new BenchTills();
        ExecutorService fillers = Executors.newFixedThreadPool(count);   // the stores are made side by side
        List<Future<Path>> filled = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path dir = BenchTills.STORES.resolve("central-backlog-" + shape + "-" + i);
            filled.add(fillers.submit(() -> tills.backlog(dir, sales)));
        }
        for (Future<Path> store : filled) {
            pristine.add(store.get());
        }
        fillers.shutdown();
        pg = ThrowawayPostgres.start();
    }

    /** Fresh copies of the backlogs and a fresh central database (not timed). */
    @Setup(Level.Iteration)
    public void freshCopies() throws Exception {
        String db = "drain" + (++database);
        try (Connection c = DriverManager.getConnection(pg.url("kassa")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        centralUrl = "jdbc:postgresql://127.0.0.1:" + pg.port() + "/" + db;
        CentralDatabase.open(centralUrl, "kassa", null);
        configs.clear();
        for (int i = 0; i < pristine.size(); i++) {
            configs.add(tills.copy(pristine.get(i), BenchTills.STORES.resolve("central-run-" + shape + "-" + (i + 1)),
                    centralUrl));
        }
    }

    @Benchmark
    public long drain() throws Exception {
        starter = Executors.newFixedThreadPool(configs.size());
        running.clear();
        long start = System.nanoTime();
        for (Path config : configs) {
            running.add(starter.submit(() -> TillRuntime.open(tills.settings(config))));
        }
        try (Connection c = DriverManager.getConnection(centralUrl + "?user=kassa");
             Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sale WHERE status = 'PAID'")) {
                    rs.next();
                    if (rs.getLong(1) >= expected) {
                        return rs.getLong(1);
                    }
                }
                if (System.nanoTime() - start > GIVE_UP_NANOS) {
                    throw new IllegalStateException("the central store did not take in " + expected
                            + " sales within 10 minutes");
                }
                Thread.sleep(20);
            }
        }
    }

    /** The tills stop after the measurement (not timed). */
    @TearDown(Level.Iteration)
    public void stopTills() throws Exception {
        for (Future<TillRuntime> till : running) {
            till.get().close();
        }
        starter.shutdown();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
