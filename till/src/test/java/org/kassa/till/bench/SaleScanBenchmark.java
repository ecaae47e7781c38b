package org.kassa.till.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kassa.till.loyalty.ScanOutcome;
import org.kassa.till.sale.Totals;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A sale of 50 lines from the first scan to the total (target: at most 1 ms per line in the core): 50
 * {@code Till.scan} calls of catalog barcodes on the H2 file store, each line looked up and the sale committed
 * before the scan returns, then the totals. One run is one whole sale (the JMH figure); the time of each scan
 * is kept too and printed per line at the end, overall and for the 1st, 25th and 50th line (the sale is
 * stored whole on every change, so a late line costs more than an early one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20, batchSize = 1)
@Measurement(iterations = 200, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SaleScanBenchmark {

    static final int LINES = 50;
    /** The demo catalog's piece goods: a scan adds one piece. */
    static final List<String> BARCODES = List.of("4601234000017", "4601234000024", "4601234000031",
            "4601234000048", "4601234000055", "4601234000062", "4601234000079", "4601234000086", "4601234000093",
            "4601234000109");

    private BenchTill bench;
    private boolean measuring;
    private final Samples perLine = new Samples();
    private final Samples line1 = new Samples();
    private final Samples line25 = new Samples();
    private final Samples line50 = new Samples();
    private final long[] scanNanos = new long[LINES];

    @Setup(Level.Trial)
    public void start() throws Exception {
        bench = new BenchTill("sale-scan", url -> url, false);
    }

    @Setup(Level.Iteration)
    public void phase(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public long saleOf50Lines() {
        bench.clock.nextSale();
        for (int i = 0; i < LINES; i++) {
            long t = System.nanoTime();
            ScanOutcome outcome = bench.till.scan(BARCODES.get(i % BARCODES.size()));
            scanNanos[i] = System.nanoTime() - t;
            if (outcome.kind() != ScanOutcome.Kind.PRODUCT_ADDED) {
                throw new IllegalStateException("a catalog barcode was not added: " + outcome.kind());
            }
        }
        Totals totals = bench.till.sale().totals();
        if (bench.till.sale().activeLines().size() != LINES) {
            throw new IllegalStateException("expected " + LINES + " lines");
        }
        return totals.total();
    }

    /** Closes the sale (not measured) and keeps the per-line times of a measured run. */
    @TearDown(Level.Invocation)
    public void nextSale() {
        bench.till.cancelSale();
        if (measuring) {
            for (long n : scanNanos) {
                perLine.add(n);
            }
            line1.add(scanNanos[0]);
            line25.add(scanNanos[24]);
            line50.add(scanNanos[LINES - 1]);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%n%s%n%s%n%s%n%s%n", perLine.summary("Till.scan, every line of " + LINES + "-line sales"),
                line1.summary("Till.scan, 1st line"), line25.summary("Till.scan, 25th line"),
                line50.summary("Till.scan, 50th line"));
        bench.close();
    }
}
