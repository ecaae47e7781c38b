package org.kassa.central.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kassa.till.store.TillStore;

/**
 * Stands in for the outbox sender in these tests: copies a till's rows (shifts, sales, payments, refunds) into
 * the central store's tables of the same shape, as they are (same ids), updating rows sent before.
 */
public final class CentralPush {

    /** Tables in foreign-key order with their primary keys. */
    private static final Map<String, String> TABLES = new java.util.LinkedHashMap<>();

    static {
        TABLES.put("shift", "id");
        TABLES.put("sale", "id");
        TABLES.put("sale_line", "sale_id, line_no");
        TABLES.put("payment", "id");
        TABLES.put("payment_operation", "id");
        TABLES.put("refund", "id");
        TABLES.put("refund_line", "refund_id, line_no");
    }

    private CentralPush() {
    }

    public static void push(TillStore till, DataSource central) throws SQLException {
        try (Connection from = till.dataSource().getConnection(); Connection to = central.getConnection()) {
            to.setAutoCommit(false);
            for (Map.Entry<String, String> t : TABLES.entrySet()) {
                copy(from, to, t.getKey(), t.getValue());
            }
            to.commit();
        }
    }

    private static void copy(Connection from, Connection to, String table, String key) throws SQLException {
        try (PreparedStatement read = from.prepareStatement("SELECT * FROM " + table);
             ResultSet rs = read.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String sets = String.join(", ", columns.stream().map(c -> c + " = EXCLUDED." + c).toList());
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ") ON CONFLICT (" + key
                    + ") DO UPDATE SET " + sets;
            try (PreparedStatement write = to.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.executeUpdate();
                }
            }
        }
    }
}
