package org.kassa.central;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.kassa.till.testing.ThrowawayPostgres;

/** A fresh central database per test on one throw-away server, and bounded waits. */
final class CentralFixture {

    private CentralFixture() {
    }

    /** Creates an empty database and returns the settings for it (user kassa, trust authentication). */
    static CentralSettings freshDatabase(ThrowawayPostgres pg) throws SQLException {
        String name = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pg.url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new CentralSettings(pg.url(name), "kassa", null);
    }

    static List<String> column(CentralSettings central, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(central.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    static void execute(CentralSettings central, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(central.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Waits until {@code done} holds, at most {@code bound}; false when it did not. */
    static boolean waitFor(Duration bound, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }
}
