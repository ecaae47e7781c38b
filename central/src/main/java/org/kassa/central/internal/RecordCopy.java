package org.kassa.central.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kassa.till.store.OutboxRow;

/**
 * Copies one outbox record's rows, as they are now in the till's store, into the same tables of the central
 * store: {@code INSERT … ON CONFLICT (primary key) DO UPDATE}, so a record sent twice is stored once and a later
 * state replaces an earlier one. Parents before children (the central tables keep the till's foreign keys).
 */
public final class RecordCopy {

    private final Connection local;
    private final Connection central;
    private int rowsCopied;

    public RecordCopy(Connection local, Connection central) {
        this.local = local;
        this.central = central;
    }

    /** Copies the record's rows; returns false when the record is not in the till's store (nothing to send). */
    public boolean copy(OutboxRow record) throws SQLException {
        String id = record.recordId();
        return switch (record.kind()) {
            case SALE -> copy("sale", "id", "SELECT * FROM sale WHERE id = ?", id) > 0
                    && copyRest(List.of(
                    new Part("sale_line", "sale_id, line_no", "SELECT * FROM sale_line WHERE sale_id = ?"),
                    new Part("payment", "id", "SELECT * FROM payment WHERE sale_id = ?"),
                    new Part("payment_operation", "id", "SELECT o.* FROM payment_operation o JOIN payment p "
                            + "ON p.id = o.payment_id WHERE p.sale_id = ?")), id);
            case REFUND -> copy("refund", "id", "SELECT * FROM refund WHERE id = ?", id) > 0
                    && copyRest(List.of(
                    new Part("refund_line", "refund_id, line_no", "SELECT * FROM refund_line WHERE refund_id = ?"),
                    new Part("payment_operation", "id", "SELECT * FROM payment_operation WHERE id = ?")), id);
            case SHIFT -> copy("shift", "id", "SELECT * FROM shift WHERE id = ?", id) > 0;
        };
    }

    /** Rows written to the central store so far by this copy. */
    public int rowsCopied() {
        return rowsCopied;
    }

    private record Part(String table, String key, String select) {
    }

    private boolean copyRest(List<Part> parts, String id) throws SQLException {
        for (Part p : parts) {
            copy(p.table, p.key, p.select, id);
        }
        return true;
    }

    private int copy(String table, String key, String select, String id) throws SQLException {
        int n = 0;
        try (PreparedStatement read = local.prepareStatement(select)) {
            read.setString(1, id);
            try (ResultSet rs = read.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                try (PreparedStatement write = central.prepareStatement(upsert(table, key, columns))) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            Object value = rs.getObject(i);
                            if (value == null) {
                                write.setNull(i, meta.getColumnType(i));
                            } else {
                                write.setObject(i, value);
                            }
                        }
                        write.addBatch();
                        n++;
                    }
                    if (n > 0) {
                        write.executeBatch();
                    }
                }
            }
        }
        rowsCopied += n;
        return n;
    }

    static String upsert(String table, String key, List<String> columns) {
        List<String> keys = List.of(key.split(",\\s*"));
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES (")
                .append(String.join(", ", columns.stream().map(c -> "?").toList())).append(") ON CONFLICT (")
                .append(key).append(") DO UPDATE SET ");
        List<String> sets = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c).toList();
        sql.append(String.join(", ", sets));
        if (table.equals("sale")) {
            // VOIDED is final: another till's copy of the sale (a cross-till refund) never turns it back to PAID.
            sql.append(" WHERE sale.status <> 'VOIDED' OR EXCLUDED.status = 'VOIDED'");
        }
        return sql.toString();
    }
}
