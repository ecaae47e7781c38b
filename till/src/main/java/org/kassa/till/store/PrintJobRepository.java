package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Print jobs: stored before printing, so a crash or a printer failure never loses a receipt or slip. */
public final class PrintJobRepository {

    private static final String COLUMNS = "id, sale_id, kind, content_base64, state, error, created_at, printed_at";

    private final Jdbc jdbc;

    PrintJobRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PrintJobRow j) {
        jdbc.update("store a print job", "INSERT INTO print_job (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                j.id(), j.saleId(), j.kind(), Base64.getEncoder().encodeToString(j.content()), j.state(), j.error(),
                j.createdAt(), j.printedAt());
    }

    /** The printer confirmed the job. */
    public void markPrinted(String id, Instant at) {
        setState(id, PrintState.PRINTED, null, at);
    }

    /** The job failed or its outcome is unknown; {@code error} says what the printer reported. */
    public void markState(String id, PrintState state, String error) {
        setState(id, state, error, null);
    }

    public Optional<PrintJobRow> find(String id) {
        return jdbc.one("read a print job", "SELECT " + COLUMNS + " FROM print_job WHERE id = ?",
                PrintJobRepository::map, id);
    }

    /** Jobs not known to be printed (PENDING, STATUS_UNKNOWN, FAILED), oldest first: offer them for reprint. */
    public List<PrintJobRow> pending() {
        return jdbc.query("read pending print jobs", "SELECT " + COLUMNS + " FROM print_job WHERE state <> ? "
                + "ORDER BY created_at, id", PrintJobRepository::map, PrintState.PRINTED);
    }

    public List<PrintJobRow> forSale(String saleId) {
        return jdbc.query("read print jobs", "SELECT " + COLUMNS + " FROM print_job WHERE sale_id = ? "
                + "ORDER BY created_at, id", PrintJobRepository::map, saleId);
    }

    private void setState(String id, PrintState state, String error, Instant printedAt) {
        int n = jdbc.update("update a print job", "UPDATE print_job SET state = ?, error = ?, printed_at = ? WHERE id = ?",
                state, error, printedAt, id);
        if (n == 0) {
            throw new StoreException("no print job " + id + " to update");
        }
    }

    private static PrintJobRow map(ResultSet rs) throws SQLException {
        return new PrintJobRow(rs.getString("id"), rs.getString("sale_id"), PrintKind.valueOf(rs.getString("kind")),
                Base64.getDecoder().decode(rs.getString("content_base64")), PrintState.valueOf(rs.getString("state")),
                rs.getString("error"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "printed_at"));
    }
}
