package org.kassa.till.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC for the repositories: one connection per call, every call its own committed transaction
 * (docs/decisions/0100). Times are stored to the microsecond. SQL errors become {@link StoreException}s that name the statement's purpose.
 */
final class Jdbc {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface Rows<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;
    private final String where;

    Jdbc(DataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.where = where;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String purpose, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + purpose + " in the till database " + where + ": "
                    + e.getMessage(), e);
        }
    }

    int update(String purpose, String sql, Object... params) {
        return inTransaction(purpose, c -> update(c, sql, params));
    }

    <T> List<T> query(String purpose, String sql, Rows<T> rows, Object... params) {
        return inTransaction(purpose, c -> query(c, sql, rows, params));
    }

    <T> Optional<T> one(String purpose, String sql, Rows<T> rows, Object... params) {
        List<T> all = query(purpose, sql, rows, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
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

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) {
                ps.setNull(at, Types.NULL);
            } else if (p instanceof Instant t) {
                ps.setObject(at, OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            } else if (p instanceof Enum<?> e) {
                ps.setString(at, e.name());
            } else if (p instanceof Long || p instanceof Integer || p instanceof String || p instanceof Boolean
                    || p instanceof BigDecimal) {
                ps.setObject(at, p);
            } else {
                throw new IllegalArgumentException("unsupported SQL parameter type " + p.getClass().getName());
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
