package org.kassa.till.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
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
    static final int CHUNK = 100_000;

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

    /**
     * Fills the store with set-based INSERT … SELECT over H2's SYSTEM_RANGE in chunks of 100,000 (row-by-row
     * batches made H2's file grow by gigabytes). Ids are deterministic strings; every fifth payment is Koshelek
     * SBP with its slip fields, every hundredth sale has a refund (and its payment_operation row).
     */
    private void populate() throws Exception {
        int perShift = PAYMENTS / shifts;
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shift (id, till_id, shift_no, open_till_id, opened_at, opened_by, starting_cash, "
                    + "training, closed_at) SELECT 'H' || X, 'BENCH', X, NULL, TIMESTAMP WITH TIME ZONE "
                    + "'2025-01-01 08:00:00+00' + X * INTERVAL '1' DAY, 'bench', 0, FALSE, NULL "
                    + "FROM SYSTEM_RANGE(1, " + shifts + ")");
            for (int from = 0; from < PAYMENTS; from += CHUNK) {
                String range = " FROM SYSTEM_RANGE(" + from + ", " + (from + CHUNK - 1) + ")";
                String shiftOf = "'H' || (X / " + perShift + " + 1)";
                String at = "TIMESTAMP WITH TIME ZONE '2025-01-01 08:00:00+00' + (X / " + perShift
                        + " + 1) * INTERVAL '1' DAY + MOD(X, 43200) * INTERVAL '1' SECOND";
                s.execute("INSERT INTO sale (id, till_id, order_id, status, opened_at, closed_at, total_kopecks, "
                        + "discount_kopecks, training, shift_id) SELECT 'S' || X, 'BENCH', 'BENCH-' || X, 'PAID', "
                        + at + ", " + at + ", 10000 + MOD(X, 9000), 0, FALSE, " + shiftOf + range);
                s.execute("INSERT INTO payment (id, sale_id, tender, state, final_state, amount_kopecks, payment_type, "
                        + "transaction_id, checkout_request_id, payment_transaction_id, qrc_id, kzo, created_at, "
                        + "updated_at) SELECT 'P' || X, 'S' || X, CASE WHEN MOD(X, 5) = 0 THEN 'KOSHELEK' ELSE 'CASH' "
                        + "END, 'ACCEPTED', TRUE, 10000 + MOD(X, 9000), CASE WHEN MOD(X, 5) = 0 THEN 'SBP' END, "
                        + "CASE WHEN MOD(X, 5) = 0 THEN 'T' || X END, CASE WHEN MOD(X, 5) = 0 THEN 'R' || X END, "
                        + "CASE WHEN MOD(X, 5) = 0 THEN 'PT' || X END, CASE WHEN MOD(X, 5) = 0 THEN "
                        + "'AS100000000000000000000000' || LPAD(CAST(MOD(X, 1000000) AS VARCHAR), 6, '0') END, "
                        + "CASE WHEN MOD(X, 5) = 0 THEN '123456' END, " + at + ", " + at + range);
                s.execute("INSERT INTO refund (id, sale_id, payment_id, shift_id, kind, tender, amount_kopecks, state, "
                        + "final_state, counts, supervisor, created_at, updated_at) SELECT 'F' || X, 'S' || X, 'P' || X, "
                        + shiftOf + ", 'REFUND', CASE WHEN MOD(X, 5) = 0 THEN 'KOSHELEK' ELSE 'CASH' END, "
                        + "(10000 + MOD(X, 9000)) / 2, 'REFUNDED', TRUE, TRUE, 'bench', " + at + ", " + at + range
                        + " WHERE MOD(X, 100) = 0");
                s.execute("INSERT INTO payment_operation (id, kind, payment_id, request_id, ref_transaction_id, "
                        + "amount_kopecks, state, final_state, created_at, updated_at) SELECT 'F' || X, 'REFUND', "
                        + "'P' || X, 'FR' || X, 'FT' || X, (10000 + MOD(X, 9000)) / 2, 'REFUNDED', TRUE, " + at + ", "
                        + at + range + " WHERE MOD(X, 100) = 0");
            }
        }
    }
}
