package org.kassa.app.central;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What the central PostgreSQL database holds, read with plain SQL (an oracle of its own: no Kassa code between
 * the test and the tables). Every call opens its own short connection, so a stopped server is just "unknown".
 */
final class CentralView {

    private final String url;
    private Connection probe;

    CentralView(String jdbcUrl) {
        this.url = jdbcUrl;
    }

    /** Paid sales of {@code tillId} in the central store, or empty while the server is away. */
    OptionalLong paidSales(String tillId) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM sale WHERE till_id = ? AND status = 'PAID'")) {
            s.setString(1, tillId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return OptionalLong.of(rs.getLong(1));
            }
        } catch (SQLException away) {
            return OptionalLong.empty();
        }
    }

    /**
     * True while {@code tillId}'s sender is inside a batch: its transaction holds the till's {@code central_till}
     * row (docs/decisions/0171), so taking the row without waiting fails with lock_not_available. The probe's
     * own lock lasts microseconds and is rolled back.
     */
    boolean senderInBatch(String tillId) {
        try {
            if (probe == null) {
                probe = connect();
                probe.setAutoCommit(false);
            }
            try (PreparedStatement s = probe.prepareStatement(
                    "SELECT 1 FROM central_till WHERE till_id = ? FOR UPDATE NOWAIT")) {
                s.setString(1, tillId);
                s.executeQuery().close();
                return false;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return true;
                }
                throw e;
            } finally {
                probe.rollback();
            }
        } catch (SQLException away) {
            closeProbe();
            return false;
        }
    }

    /** The probe's connection (kept between calls: one connection per probe would miss short batches). */
    void closeProbe() {
        try {
            if (probe != null) {
                probe.close();
            }
        } catch (SQLException ignored) {
            // a broken connection is dropped anyway
        }
        probe = null;
    }

    /** Every id of {@code table}'s {@code column}, duplicates kept (so a doubled row shows). */
    List<String> ids(String table, String column) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Per till: {count, sum of totals} of the paid sales. */
    Map<String, long[]> paidTotalsByTill() throws SQLException {
        Map<String, long[]> totals = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT till_id, count(*), sum(total_kopecks) FROM sale "
                     + "WHERE status = 'PAID' GROUP BY till_id")) {
            while (rs.next()) {
                totals.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return totals;
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url);
    }
}
