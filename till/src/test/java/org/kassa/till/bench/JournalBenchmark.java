package org.kassa.till.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.journal.DurableJournal;
import org.kassa.till.store.TillStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code DurableJournal.beforeCall} on an H2 file database with WRITE_DELAY=0: one insert, committed and written
 * to the file, for a 1 KB checkout body. SampleTime gives the percentiles (target p99 ≤ 5 ms). Run: see
 * docs/performance.md ("Till store").
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class JournalBenchmark {

    private TillStore store;
    private DurableJournal journal;
    private OutgoingCall checkout;
    private int attempt;

    @Setup
    public void open() throws IOException {
        Path root = Files.createDirectories(Path.of("target", "bench-stores").toAbsolutePath());
        store = TillStore.open(Files.createTempDirectory(root, "journal-"));
        journal = new DurableJournal(store).forPayment("8d0f6c1e-0000-4000-8000-000000000001",
                "8d0f6c1e-0000-4000-8000-000000000002");
        StringBuilder body = new StringBuilder("{\"requestId\":\"5b1f0e2a-7c4d-4e8f-9a6b-1c2d3e4f5a6b\",\"items\":[");
        while (body.length() < 1000) {
            body.append("{\"name\":\"Молоко 3,2% 1 л\",\"article\":\"1001\",\"price\":8990,\"quantity\":1},");
        }
        body.setCharAt(body.length() - 1, ']');
        body.append('}');
        checkout = new OutgoingCall(Operation.CHECKOUT, Operation.CHECKOUT.path(),
                "5b1f0e2a-7c4d-4e8f-9a6b-1c2d3e4f5a6b", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @TearDown
    public void close() {
        store.close();
    }

    @Benchmark
    public void beforeCallCommit() {
        journal.beforeCall("checkout", checkout, ++attempt);
    }
}
