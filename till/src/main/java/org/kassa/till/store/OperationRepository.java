package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Cancels and refunds of payments (one table, told apart by {@link OperationKind}). */
public final class OperationRepository {

    private static final String COLUMNS = "id, kind, payment_id, request_id, ref_transaction_id, amount_kopecks, state, "
            + "final_state, status, raw_slip_json, by_user, created_at, updated_at";

    private final Jdbc jdbc;

    OperationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws StoreException if the id or request id is taken, or the payment does not exist */
    public void insert(OperationRow o) {
        jdbc.inTransaction("store a new " + o.kind().name().toLowerCase(java.util.Locale.ROOT), c -> insert(c, o));
    }

    /** The insert inside a caller's transaction (a refund stores its row and this one in one commit). */
    static int insert(java.sql.Connection c, OperationRow o) throws SQLException {
        return Jdbc.update(c, "INSERT INTO payment_operation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id(), o.kind(), o.paymentId(), o.requestId(), o.refTransactionId(), o.amountKopecks(), o.state(),
                o.finalState(), o.status(), o.rawSlipJson(), o.byUser(), o.createdAt(), o.updatedAt());
    }

    /**
     * Stores the progress fields (state, final flag, ref transaction, status, slip, updated time). A cancel that
     * ends after its sale was closed queues the sale for the central store again, in the same commit (a refund
     * is queued by {@link RefundRepository#progress}).
     */
    public void update(OperationRow o) {
        jdbc.inTransaction("update a " + o.kind().name().toLowerCase(java.util.Locale.ROOT), c -> {
            int n = Jdbc.update(c, "UPDATE payment_operation SET ref_transaction_id = ?, state = ?, final_state = ?, "
                    + "status = ?, raw_slip_json = ?, updated_at = ? WHERE id = ?", o.refTransactionId(), o.state(),
                    o.finalState(), o.status(), o.rawSlipJson(), o.updatedAt(), o.id());
            if (n == 0) {
                throw new StoreException("no " + o.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + o.id()
                        + " to update");
            }
            if (o.finalState() && o.kind() == OperationKind.CANCEL) {
                String saleId = Jdbc.query(c, "SELECT sale_id FROM payment WHERE id = ?", rs -> rs.getString(1),
                        o.paymentId()).stream().findFirst().orElse(null);
                if (saleId != null) {
                    PaymentRepository.queueClosedSale(c, saleId);
                }
            }
            return null;
        });
    }

    public Optional<OperationRow> find(String id) {
        return jdbc.one("read an operation", "SELECT " + COLUMNS + " FROM payment_operation WHERE id = ?",
                OperationRepository::map, id);
    }

    /** Cancels and refunds of a payment, oldest first. */
    public List<OperationRow> forPayment(String paymentId) {
        return jdbc.query("read operations", "SELECT " + COLUMNS + " FROM payment_operation WHERE payment_id = ? "
                + "ORDER BY created_at, id", OperationRepository::map, paymentId);
    }

    /** Operations not in a final state, oldest first (to resolve after a crash). */
    public List<OperationRow> unfinished() {
        return jdbc.query("read unfinished operations", "SELECT " + COLUMNS + " FROM payment_operation "
                + "WHERE final_state = ? ORDER BY created_at, id", OperationRepository::map, false);
    }

    private static OperationRow map(ResultSet rs) throws SQLException {
        return new OperationRow(rs.getString("id"), OperationKind.valueOf(rs.getString("kind")),
                rs.getString("payment_id"), rs.getString("request_id"), rs.getString("ref_transaction_id"),
                rs.getLong("amount_kopecks"), rs.getString("state"), rs.getBoolean("final_state"),
                rs.getString("status"), rs.getString("raw_slip_json"), rs.getString("by_user"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
