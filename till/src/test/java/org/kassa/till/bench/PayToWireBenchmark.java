package org.kassa.till.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.kassa.payclient.testing.FirstByteRelay;
import org.kassa.till.loyalty.ScanOutcome;
import org.kassa.till.tender.KoshelekPayment;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * "Pay" in the till core to the first byte of {@code POST /checkout} on the wire (seed 001: at most 0.5 s;
 * target p99 20 ms), the till's own work included: the payment row committed, the workflow started, (an
 * availability-info round trip,) the checkout journaled and committed to the H2 file, the card's password
 * marked used, the request sent. The sandbox runs behind a timestamping TCP relay; each run is a fresh sale
 * with a fresh card (scanned outside the measurement) and ends at the relay's timestamp. The payment is
 * cancelled and the sale closed after the measurement. JMH's own figures add a latch wake-up; the relay-only
 * percentiles are printed at the end of each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 100, batchSize = 1)
@Measurement(iterations = 1000, batchSize = 1)
// Nagle off in the sandbox's JDK HttpServer, as in the launcher and the sandbox's benchmark (decision 0071).
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
public class PayToWireBenchmark {

    /** Whether availability-info (one round trip) comes before checkout. */
    @Param({"false", "true"})
    public boolean availabilityInfo;

    private FirstByteRelay relay;
    private BenchTill bench;
    private KoshelekPayment running;
    private boolean measuring;
    private final Samples wire = new Samples();
    private final Samples returned = new Samples();

    @Setup(Level.Trial)
    public void start() throws Exception {
        bench = new BenchTill("pay-to-wire", this::relayTo, availabilityInfo);
    }

    private URI relayTo(URI sandbox) {
        try {
            relay = new FirstByteRelay(sandbox, "POST /api/v1/merchant/checkout");
            return relay.baseUrl();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Setup(Level.Iteration)
    public void phase(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /** A fresh sale with a card that offers Koshelek Pay and one catalog line: not measured. */
    @Setup(Level.Invocation)
    public void freshSale() {
        bench.clock.nextSale();
        ScanOutcome card = bench.till.scan(bench.freshCardWithSession());
        if (card.kind() != ScanOutcome.Kind.CARD_WITH_SESSION) {
            throw new IllegalStateException("the bench card was not accepted: " + card.kind());
        }
        bench.till.addItem("4601234000017", BigDecimal.ONE);
    }

    @Benchmark
    public long payToFirstCheckoutByte() throws Exception {
        relay.arm();
        long pressed = System.nanoTime();
        running = bench.till.payKoshelek("SBP");
        long back = System.nanoTime() - pressed;
        long elapsed = relay.awaitNanos() - pressed;
        if (measuring) {
            wire.add(elapsed);
            returned.add(back);
        }
        return elapsed;
    }

    @TearDown(Level.Invocation)
    public void cancel() throws Exception {
        running.cancel();
        running.result().get(10, TimeUnit.SECONDS);
        bench.till.cancelSale();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        System.out.printf("%n%s%n", wire.summary("relay-measured pay -> first checkout byte (till core, journal "
                + "committed), availabilityInfo=" + availabilityInfo));
        System.out.printf("%s%n", returned.summary("payKoshelek returned (payment row committed, workflow started)"));
        bench.close();
        relay.close();
    }
}
