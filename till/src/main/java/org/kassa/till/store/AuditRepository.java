package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The audit trail (table audit_event); rows are only ever added. */
public final class AuditRepository {

    private static final String COLUMNS = "id, at, till_id, actor, action, sale_id, detail";

    private final Jdbc jdbc;

    AuditRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditRow a) {
        jdbc.update("store an audit entry", "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.at(), a.tillId(), a.actor(), a.action(), a.saleId(), a.detail());
    }

    /** Entries about one sale, oldest first. */
    public List<AuditRow> forSale(String saleId) {
        return jdbc.query("read audit entries", "SELECT " + COLUMNS + " FROM audit_event WHERE sale_id = ? ORDER BY at, id",
                AuditRepository::map, saleId);
    }

    /** The latest {@code limit} entries, newest first. */
    public List<AuditRow> latest(int limit) {
        return jdbc.query("read audit entries", "SELECT " + COLUMNS + " FROM audit_event ORDER BY at DESC, id "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", AuditRepository::map);
    }

    private static AuditRow map(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getString("id"), Jdbc.instant(rs, "at"), rs.getString("till_id"), rs.getString("actor"),
                rs.getString("action"), rs.getString("sale_id"), rs.getString("detail"));
    }
}
