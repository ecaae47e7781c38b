package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Registered meal voucher cards. */
public final class MealCardRepository {

    private static final String COLUMNS = "id, session_id, apm_type, masked_number, fingerprint, status, created_at";

    private final Jdbc jdbc;

    MealCardRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(MealCardRow m) {
        jdbc.update("store a meal card", "INSERT INTO meal_card (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", m.id(),
                m.sessionId(), m.apmType(), m.maskedNumber(), m.fingerprint(), m.status(), m.createdAt());
    }

    /** Stores the session's outcome: masked number, fingerprint and status. */
    public void update(MealCardRow m) {
        int n = jdbc.update("update a meal card", "UPDATE meal_card SET session_id = ?, masked_number = ?, "
                + "fingerprint = ?, status = ? WHERE id = ?", m.sessionId(), m.maskedNumber(), m.fingerprint(),
                m.status(), m.id());
        if (n == 0) {
            throw new StoreException("no meal card " + m.id() + " to update");
        }
    }

    public Optional<MealCardRow> find(String id) {
        return jdbc.one("read a meal card", "SELECT " + COLUMNS + " FROM meal_card WHERE id = ?",
                MealCardRepository::map, id);
    }

    public List<MealCardRow> list() {
        return jdbc.query("list meal cards", "SELECT " + COLUMNS + " FROM meal_card ORDER BY created_at, id",
                MealCardRepository::map);
    }

    private static MealCardRow map(ResultSet rs) throws SQLException {
        return new MealCardRow(rs.getString("id"), rs.getString("session_id"), rs.getString("apm_type"),
                rs.getString("masked_number"), rs.getString("fingerprint"), rs.getString("status"),
                Jdbc.instant(rs, "created_at"));
    }
}
