package org.kassa.central.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kassa.central.CentralDatabase;
import org.kassa.till.testing.ThrowawayPostgres;

/**
 * What a central reservation adds to a refund: 200 reserve + settle round trips on a loopback PostgreSQL 15,
 * each reserving one more piece of one 200-piece line, so the check reads a growing history. Prints p50/p99
 * (no bound asserted); asserts that all 200 pieces ended DONE and a 201st is refused.
 */
class ReservationRoundTripTest {

    @Test
    void twoHundredReservationsOfOneLine() throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start()) {
            CentralDatabase db = CentralDatabase.open(postgres.url("kassa"), null, null);
            CentralReservations reservations = new CentralReservations(db, db.describe());
            String sale = UUID.randomUUID().toString();
            BigDecimal sold = new BigDecimal("200");
            long[] micros = new long[200];
            for (int i = 0; i < micros.length; i++) {
                String refund = UUID.randomUUID().toString();
                long start = System.nanoTime();
                reservations.reserve(refund, sale, "T01", List.of(new org.kassa.till.refund.RefundReservations.Line(1,
                        sold, BigDecimal.ONE)));
                reservations.settle(refund, true);
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "reserve+settle on loopback PostgreSQL: p50 %.2f ms, p99 %.2f ms%n",
                    micros[100] / 1000.0, micros[197] / 1000.0);
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM refund_reservation WHERE state = 'DONE'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(200);
            }
            assertThat(reservations.taken(sale).get(1).quantity()).isEqualByComparingTo("200");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reservations.reserve(UUID.randomUUID().toString(),
                    sale, "T01", List.of(new org.kassa.till.refund.RefundReservations.Line(1, sold, BigDecimal.ONE))))
                    .hasMessageContaining("refund.central.taken");
        }
    }
}
