package org.kassa.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kassa.till.testing.ThrowawayPostgres;

/** The central schema on a real PostgreSQL 15: the till's tables plus the central ones, migrated twice safely. */
class CentralDatabaseTest {

    private static ThrowawayPostgres postgres;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void holdsTheTillTablesAndTheCentralOnesAndReopens() throws Exception {
        CentralDatabase.open(postgres.url("kassa"), null, null);
        CentralDatabase db = CentralDatabase.open(postgres.url("kassa"), null, null);
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     + "'public' AND table_name IN ('sale', 'payment', 'refund', 'shift', 'central_till', "
                     + "'refund_reservation')")) {
            int found = 0;
            while (rs.next()) {
                found++;
            }
            assertThat(found).isEqualTo(6);
        }
        assertThat(db.toString()).doesNotContain("user=");
    }

    @Test
    void aServerThatIsDownIsSaidInOneLine() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/kassa";
        assertThatThrownBy(() -> CentralDatabase.open(url, "kassa", "secret-pw".toCharArray()))
                .isInstanceOf(CentralUnavailableException.class)
                .hasMessageContaining("127.0.0.1:1/kassa").hasMessageNotContaining("secret-pw");
    }
}
