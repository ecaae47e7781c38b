package org.kassa.till.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.kassa.till.report.ReportMaker;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.store.ShiftRow;
import org.kassa.till.store.TillStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Z report of the last shift in an H2 file store holding 1,000,000 paid sales (one payment each; every
 * fifth a Koshelek SBP payment with its slip fields, every hundredth refunded in part). {@code shifts} spreads
 * them: 1000 shifts of 1000 payments (a busy till's real history) or one shift of all 1,000,000 (the worst
 * case). The store is built once under target/bench-z/ and reused.
 * {@code mvn -B -ntp -Pbench -pl till -am test-compile exec:exec -Dbench.args="-f 1 -wi 2 -i 5 ZReportBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ZReportBench {

    static final int PAYMENTS = 1_000_000;

    @Param({"1000", "1"})
    public int shifts;

    private TillStore store;
    private ShiftRow last;
    private ReportMaker maker;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        Path dir = Path.of("target", "bench-z", "shifts-" + shifts);
        boolean fresh = !Files.exists(dir.resolve(TillStore.DATABASE_NAME + ".mv.db"));
        Files.createDirectories(dir);
        store = TillStore.open(dir);
        if (fresh) {
            populate();
        }
        last = store.shifts().list("BENCH").get(0);
        maker = new ReportMaker(store, Clock.systemUTC());
    }

    @Benchmark
    public ShiftReport zReport() {
        return maker.z(last, "bench", 0);
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
    }

    private void populate() throws Exception {
        int perShift = PAYMENTS / shifts;
        Instant t0 = Instant.parse("2025-01-01T08:00:00Z");
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement shift = c.prepareStatement("INSERT INTO shift (id, till_id, shift_no, open_till_id, "
                    + "opened_at, opened_by, starting_cash, training, closed_at) VALUES (?, 'BENCH', ?, NULL, ?, "
                    + "'bench', 0, FALSE, ?)");
            PreparedStatement sale = c.prepareStatement("INSERT INTO sale (id, till_id, order_id, status, opened_at, "
                    + "closed_at, total_kopecks, discount_kopecks, training, shift_id) VALUES (?, 'BENCH', ?, 'PAID', "
                    + "?, ?, ?, 0, FALSE, ?)");
            PreparedStatement payment = c.prepareStatement("INSERT INTO payment (id, sale_id, tender, state, "
                    + "final_state, amount_kopecks, payment_type, transaction_id, checkout_request_id, "
                    + "payment_transaction_id, qrc_id, kzo, created_at, updated_at) VALUES (?, ?, ?, 'ACCEPTED', TRUE, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement refund = c.prepareStatement("INSERT INTO refund (id, sale_id, payment_id, shift_id, kind, "
                    + "tender, amount_kopecks, state, final_state, counts, supervisor, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, 'REFUND', ?, ?, 'REFUNDED', TRUE, TRUE, 'bench', ?, ?)");
            PreparedStatement operation = c.prepareStatement("INSERT INTO payment_operation (id, kind, payment_id, "
                    + "request_id, ref_transaction_id, amount_kopecks, state, final_state, created_at, updated_at) "
                    + "VALUES (?, 'REFUND', ?, ?, ?, ?, 'REFUNDED', TRUE, ?, ?)");
            int n = 0;
            for (int s = 1; s <= shifts; s++) {
                String shiftId = UUID.randomUUID().toString();
                Timestamp opened = Timestamp.from(t0.plusSeconds(s * 86_400L));
                shift.setString(1, shiftId);
                shift.setInt(2, s);
                shift.setTimestamp(3, opened);
                shift.setTimestamp(4, Timestamp.from(t0.plusSeconds(s * 86_400L + 43_200)));
                shift.executeUpdate();
                for (int i = 0; i < perShift; i++, n++) {
                    String saleId = UUID.randomUUID().toString();
                    String paymentId = UUID.randomUUID().toString();
                    Timestamp at = Timestamp.from(t0.plusSeconds(s * 86_400L + i % 43_200));
                    long amount = 10_000 + (n % 9_000);
                    boolean koshelek = n % 5 == 0;
                    sale.setString(1, saleId);
                    sale.setString(2, "BENCH-" + n);
                    sale.setTimestamp(3, at);
                    sale.setTimestamp(4, at);
                    sale.setLong(5, amount);
                    sale.setString(6, shiftId);
                    sale.addBatch();
                    payment.setString(1, paymentId);
                    payment.setString(2, saleId);
                    payment.setString(3, koshelek ? "KOSHELEK" : "CASH");
                    payment.setLong(4, amount);
                    payment.setString(5, koshelek ? "SBP" : null);
                    payment.setString(6, koshelek ? UUID.randomUUID().toString() : null);
                    payment.setString(7, koshelek ? UUID.randomUUID().toString() : null);
                    payment.setString(8, koshelek ? UUID.randomUUID().toString() : null);
                    payment.setString(9, koshelek ? "AS1000000000000000000000000000" + (n % 100) : null);
                    payment.setString(10, koshelek ? "123456" : null);
                    payment.setTimestamp(11, at);
                    payment.setTimestamp(12, at);
                    payment.addBatch();
                    if (n % 100 == 0) {
                        String refundId = UUID.randomUUID().toString();
                        refund.setString(1, refundId);
                        refund.setString(2, saleId);
                        refund.setString(3, paymentId);
                        refund.setString(4, shiftId);
                        refund.setString(5, koshelek ? "KOSHELEK" : "CASH");
                        refund.setLong(6, amount / 2);
                        refund.setTimestamp(7, at);
                        refund.setTimestamp(8, at);
                        refund.addBatch();
                        operation.setString(1, refundId);
                        operation.setString(2, paymentId);
                        operation.setString(3, UUID.randomUUID().toString());
                        operation.setString(4, UUID.randomUUID().toString());
                        operation.setLong(5, amount / 2);
                        operation.setTimestamp(6, at);
                        operation.setTimestamp(7, at);
                        operation.addBatch();
                    }
                    if (n % 10_000 == 9_999) {
                        flush(c, sale, payment, refund, operation);
                    }
                }
            }
            flush(c, sale, payment, refund, operation);
        }
    }

    private static void flush(Connection c, PreparedStatement... batches) throws Exception {
        for (PreparedStatement b : batches) {
            b.executeBatch();
        }
        c.commit();
    }
}
