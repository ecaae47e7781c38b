package org.kassa.central.refund;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kassa.till.refund.StoreAwayException;

/**
 * Plain JDBC on the central store for the refund ports: one connection per call, one transaction. A server that
 * cannot be reached (SQL states 08…, 57P…) becomes {@link StoreAwayException}, so the till applies its
 * rules for an absent store; any other SQL error is a fault and says which statement failed.
 */
final class CentralSql {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource central;
    private final String where;

    CentralSql(DataSource central, String where) {
        this.central = central;
        this.where = where;
    }

    <T> T inTransaction(String purpose, Work<T> work) {
        try (Connection c = central.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("08") || state.startsWith("57P") || state.isEmpty()) {
                throw new StoreAwayException("the central store " + where + " cannot be reached to " + purpose
                        + " (" + e.getMessage() + ")", e);
            }
            throw new IllegalStateException("cannot " + purpose + " in the central store " + where + ": "
                    + e.getMessage(), e);
        }
    }

    static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
                return out;
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
