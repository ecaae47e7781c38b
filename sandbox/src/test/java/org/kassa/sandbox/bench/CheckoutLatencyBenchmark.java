package org.kassa.sandbox.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kassa.payclient.testing.FirstByteRelay;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentWorkflow;
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
 * "Pay" to the first byte of {@code POST /checkout} on the wire (docs/contracts.md#pay-api-latency: at most
 * 0.5 s; target p99 20 ms): the real sandbox behind a timestamping TCP relay, the client with its pooled
 * connections, one workflow per run. Each run returns on the relay's timestamp; the workflow is cancelled after
 * the measurement. JMH's own percentiles include a latch wake-up; the relay-only percentiles are printed at the
 * end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 100, batchSize = 1)
@Measurement(iterations = 1000, batchSize = 1)
// The JDK HttpServer under the sandbox leaves Nagle on: its split header/body writes would meet the relay's
// delayed ACK (about 40 ms per answer), a sandbox artefact that no real Pay API server shows.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class CheckoutLatencyBenchmark {

    /** Whether availability-info (one round trip) comes before checkout. */
    @Param({"false", "true"})
    public boolean availabilityInfo;

    private PaySandbox sandbox;
    private FirstByteRelay relay;
    private PayClient client;
    private PaymentWorkflow running;
    private int sessions;
    private volatile boolean measuring;
    private final List<Long> wireNanos = Collections.synchronizedList(new ArrayList<>());

    @Setup(Level.Trial)
    public void start() throws Exception {
        sandbox = PaySandbox.start(SandboxSettings.training(Fixtures.TOTP));
        relay = new FirstByteRelay(sandbox.baseUrl(), "POST /api/v1/merchant/checkout");
        client = Fixtures.client(Fixtures.settings(relay.baseUrl()).withAvailabilityInfo(availabilityInfo));
    }

    @Setup(Level.Iteration)
    public void phase(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public long payToFirstCheckoutByte() throws Exception {
        PaymentOrder order = new PaymentOrder(String.format("B%05d", ++sessions % 100000), Fixtures.LOYALTY_ID,
                CheckoutInvoice.of("bench-" + sessions, Fixtures.items(0)), "SBP");
        relay.arm();
        long pressed = System.nanoTime();
        running = PaymentWorkflow.create(client, order, CallListener.NONE);
        running.start();
        long elapsed = relay.awaitNanos() - pressed;
        if (measuring) {
            wireNanos.add(elapsed);
        }
        return elapsed;
    }

    @TearDown(Level.Invocation)
    public void cancel() throws Exception {
        running.cancel();
        running.result().get(10, TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        List<Long> sorted = new ArrayList<>(wireNanos);
        Collections.sort(sorted);
        if (!sorted.isEmpty()) {
            System.out.printf("%nrelay-measured pay->first checkout byte, availabilityInfo=%s, %d measured runs: "
                            + "p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", availabilityInfo, sorted.size(),
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }
        client.close();
        relay.close();
        sandbox.close();
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
