package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shifts (table shift); at most one open shift per till, enforced by the database. */
public final class ShiftRepository {

    private static final String COLUMNS = "id, till_id, shift_no, open_till_id, opened_at, opened_by, starting_cash, "
            + "training, closed_at, closed_by, counted_cash, expected_cash, cash_difference, z_report_json";

    private final Jdbc jdbc;

    ShiftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the till's next shift (number = last + 1), queued for the central store in the same commit.
     *
     * @throws StoreException if the till already has an open shift
     */
    public ShiftRow open(String tillId, Instant at, String by, long startingCash, boolean training) {
        return jdbc.inTransaction("open a shift", c -> {
            int next = Jdbc.query(c, "SELECT COALESCE(MAX(shift_no), 0) + 1 FROM shift WHERE till_id = ?",
                    rs -> rs.getInt(1), tillId).get(0);
            String id = UUID.randomUUID().toString();
            Jdbc.update(c, "INSERT INTO shift (id, till_id, shift_no, open_till_id, opened_at, opened_by, starting_cash, "
                    + "training) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, tillId, next, tillId, at, by, startingCash, training);
            OutboxRepository.add(c, OutboxKind.SHIFT, id);
            return new ShiftRow(id, tillId, next, true, at, by, startingCash, training, null, null, null, null, null,
                    null);
        });
    }

    public Optional<ShiftRow> findOpen(String tillId) {
        return jdbc.one("read the open shift", "SELECT " + COLUMNS + " FROM shift WHERE open_till_id = ?",
                ShiftRepository::map, tillId);
    }

    public Optional<ShiftRow> find(String id) {
        return jdbc.one("read a shift", "SELECT " + COLUMNS + " FROM shift WHERE id = ?", ShiftRepository::map, id);
    }

    public Optional<ShiftRow> byNumber(String tillId, int number) {
        return jdbc.one("read a shift", "SELECT " + COLUMNS + " FROM shift WHERE till_id = ? AND shift_no = ?",
                ShiftRepository::map, tillId, number);
    }

    /** The till's shifts, newest first. */
    public List<ShiftRow> list(String tillId) {
        return jdbc.query("list shifts", "SELECT " + COLUMNS + " FROM shift WHERE till_id = ? ORDER BY shift_no DESC",
                ShiftRepository::map, tillId);
    }

    /**
     * Closes an open shift with its counted cash and its Z report, queued for the central store, in one
     * transaction.
     *
     * @return false if the shift was not open (closed meanwhile: its Z report is never made twice)
     */
    public boolean close(String id, Instant at, String by, long counted, long expected, String zReportJson) {
        return jdbc.inTransaction("close a shift", c -> {
            boolean closed = Jdbc.update(c, "UPDATE shift SET open_till_id = NULL, closed_at = ?, closed_by = ?, "
                    + "counted_cash = ?, expected_cash = ?, cash_difference = ?, z_report_json = ? "
                    + "WHERE id = ? AND open_till_id IS NOT NULL", at, by, counted, expected, counted - expected,
                    zReportJson, id) == 1;
            if (closed) {
                OutboxRepository.add(c, OutboxKind.SHIFT, id);
            }
            return closed;
        });
    }

    /** Puts a sale in a shift (once: a sale never moves to another shift). */
    public void attachSale(String saleId, String shiftId) {
        jdbc.update("put a sale in its shift", "UPDATE sale SET shift_id = ? WHERE id = ? AND shift_id IS NULL",
                shiftId, saleId);
    }

    /** The shift a sale belongs to, if any. */
    public Optional<String> shiftOfSale(String saleId) {
        return jdbc.one("read a sale's shift", "SELECT shift_id FROM sale WHERE id = ? AND shift_id IS NOT NULL",
                rs -> rs.getString(1), saleId);
    }

    private static ShiftRow map(ResultSet rs) throws SQLException {
        return new ShiftRow(rs.getString("id"), rs.getString("till_id"), rs.getInt("shift_no"),
                rs.getString("open_till_id") != null, Jdbc.instant(rs, "opened_at"), rs.getString("opened_by"),
                rs.getLong("starting_cash"), rs.getBoolean("training"), Jdbc.instant(rs, "closed_at"),
                rs.getString("closed_by"), Jdbc.nullableLong(rs, "counted_cash"), Jdbc.nullableLong(rs, "expected_cash"),
                Jdbc.nullableLong(rs, "cash_difference"), rs.getString("z_report_json"));
    }
}
