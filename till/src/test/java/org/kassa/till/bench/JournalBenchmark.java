package org.kassa.till.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.journal.DurableJournal;
import org.kassa.till.store.TillStore;
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
 * The journal commit alone (target p99 5 ms): {@link DurableJournal#beforeCall} of a checkout with a realistic
 * ~1 KB body on the H2 file store ({@code WRITE_DELAY=0}), i.e. one row inserted and committed to the file
 * before the call may be sent; and the answer recorded on that row afterwards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class JournalBenchmark {

    /** A checkout body shaped like the client's (3 items), about 1 KB. */
    static final byte[] CHECKOUT_BODY = ("{\"requestId\":\"0f0e4b52-1d7a-4c8e-9a51-3b2f7c0d9e11\",\"storeId\":\"training-store\",\"terminalId\":"
            + "\"kassa-training-01\",\"cardSession\":\"S00001\",\"loyaltyId\":\"7700000000001\",\"paymentType\":"
            + "\"SBP\",\"checkoutInvoice\":{\"orderId\":\"T01-261125233000-1a2b\",\"totalAmount\":33340,"
            + "\"currency\":\"RUB\",\"items\":[{\"name\":\"Молоко 3,2% 1 л\",\"article\":\"1001\",\"barcode\":"
            + "\"4601234000017\",\"price\":8990,\"quantity\":1.000,\"measure\":\"PIECE\",\"amount\":8990,\"vat\":"
            + "\"vat10\"},{\"name\":\"Хлеб Бородинский 400 г\",\"article\":\"1002\",\"barcode\":\"4601234000024\","
            + "\"price\":5450,\"quantity\":1.000,\"measure\":\"PIECE\",\"amount\":5450,\"vat\":\"vat10\"},{\"name\":"
            + "\"Масло сливочное 82,5% 180 г\",\"article\":\"1004\",\"barcode\":\"4601234000048\",\"price\":18900,"
            + "\"quantity\":1.000,\"measure\":\"PIECE\",\"amount\":18900,\"vat\":\"vat10\"}],\"discountAmount\":0},"
            + "\"paymentPurpose\":\"Оплата покупки в магазине у дома\",\"sendReceipt\":false}")
            .getBytes(StandardCharsets.UTF_8);

    private java.nio.file.Path dir;
    private TillStore store;
    private DurableJournal journal;
    private OutgoingCall last;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = BenchTill.freshDir("journal");
        store = TillStore.open(dir);
        journal = new DurableJournal(store.journal(), Clock.systemUTC())
                .forPayment(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        last = checkout();
        journal.beforeCall("checkout", last, 1);
    }

    @TearDown(Level.Trial)
    public void close() {
        System.out.printf("%nbody %d bytes; journal rows written: %d%n", CHECKOUT_BODY.length,
                store.journal().all().size());
        store.close();
        BenchTill.deleteTree(dir);
    }

    /** One checkout journaled and committed before sending: what every Pay call waits for. */
    @Benchmark
    public OutgoingCall beforeCallCommit() {
        OutgoingCall call = checkout();
        journal.beforeCall("checkout", call, 1);
        return call;
    }

    /** The answer (a ~300-byte JSON) recorded on the row of the last journaled call. */
    @Benchmark
    public boolean answerRecorded() {
        journal.answered("checkout", last, 1, 200, ANSWER);
        return true;
    }

    private static final byte[] ANSWER = ("{\"status\":\"IN_PROGRESS\",\"transactionId\":\"" + UUID.randomUUID()
            + "\",\"requestId\":\"" + UUID.randomUUID() + "\",\"message\":\"Ожидаем подтверждения оплаты\"}")
            .getBytes(StandardCharsets.UTF_8);

    private static OutgoingCall checkout() {
        String requestId = UUID.randomUUID().toString();
        return new OutgoingCall(Operation.CHECKOUT, Operation.CHECKOUT.path(), requestId, CHECKOUT_BODY);
    }
}
