package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.kassa.till.tender.Tender;

/** Payments (tenders) of sales. */
public final class PaymentRepository {

    private static final String COLUMNS = "id, sale_id, tender, state, final_state, amount_kopecks, "
            + "cash_given_kopecks, change_kopecks, payment_type, transaction_id, checkout_request_id, status, tip_code, "
            + "slip_id, slip_order_id, payment_transaction_id, refund_transaction_id, qrc_id, kzo, "
            + "operation_date_time, raw_slip_json, created_at, updated_at";

    private final Jdbc jdbc;

    PaymentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws StoreException if the id is taken or the sale does not exist */
    public void insert(PaymentRow p) {
        SlipFields s = p.slip();
        jdbc.update("store a new payment", "INSERT INTO payment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.saleId(), p.tender(), p.state(), p.finalState(),
                p.amountKopecks(), p.cashGivenKopecks(), p.changeKopecks(), p.paymentType(), p.transactionId(),
                p.checkoutRequestId(), p.status(), p.tipCode(), s.slipId(), s.orderId(), s.paymentTransactionId(),
                s.refundTransactionId(), s.qrcId(), s.kzo(), s.operationDateTime(), s.rawJson(), p.createdAt(),
                p.updatedAt());
    }

    /**
     * Replaces everything but the id, sale, tender and creation time. A payment that reaches its final state after
     * its sale was closed (recovery) queues the sale for the central store again, in the same commit.
     *
     * @throws StoreException if not stored
     */
    public void update(PaymentRow p) {
        SlipFields s = p.slip();
        jdbc.inTransaction("update a payment", c -> {
            int n = Jdbc.update(c, "UPDATE payment SET state = ?, final_state = ?, amount_kopecks = ?, "
                    + "cash_given_kopecks = ?, change_kopecks = ?, payment_type = ?, transaction_id = ?, "
                    + "checkout_request_id = ?, status = ?, tip_code = ?, slip_id = ?, slip_order_id = ?, "
                    + "payment_transaction_id = ?, refund_transaction_id = ?, qrc_id = ?, kzo = ?, operation_date_time = ?, "
                    + "raw_slip_json = ?, updated_at = ? WHERE id = ?", p.state(), p.finalState(), p.amountKopecks(),
                    p.cashGivenKopecks(), p.changeKopecks(), p.paymentType(), p.transactionId(), p.checkoutRequestId(),
                    p.status(), p.tipCode(), s.slipId(), s.orderId(), s.paymentTransactionId(), s.refundTransactionId(),
                    s.qrcId(), s.kzo(), s.operationDateTime(), s.rawJson(), p.updatedAt(), p.id());
            if (n == 0) {
                throw new StoreException("no payment " + p.id() + " to update");
            }
            if (p.finalState()) {
                queueClosedSale(c, p.saleId());
            }
            return null;
        });
    }

    /** Queues the sale when it is already closed (its outbox row would otherwise predate this change). */
    static void queueClosedSale(java.sql.Connection c, String saleId) throws SQLException {
        if (!Jdbc.query(c, "SELECT id FROM sale WHERE id = ? AND status <> 'OPEN'", rs -> rs.getString(1), saleId)
                .isEmpty()) {
            OutboxRepository.add(c, OutboxKind.SALE, saleId);
        }
    }

    public Optional<PaymentRow> find(String id) {
        return jdbc.one("read a payment", "SELECT " + COLUMNS + " FROM payment WHERE id = ?", PaymentRepository::map, id);
    }

    /** The payments of a sale, oldest first. */
    public List<PaymentRow> forSale(String saleId) {
        return jdbc.query("read payments", "SELECT " + COLUMNS + " FROM payment WHERE sale_id = ? ORDER BY created_at, id",
                PaymentRepository::map, saleId);
    }

    /** Payments not in a final state (to resolve after a crash), oldest first. */
    public List<PaymentRow> unfinished() {
        return jdbc.query("read unfinished payments", "SELECT " + COLUMNS + " FROM payment WHERE final_state = ? "
                + "ORDER BY created_at, id", PaymentRepository::map, false);
    }

    private static PaymentRow map(ResultSet rs) throws SQLException {
        SlipFields slip = new SlipFields(rs.getString("slip_id"), rs.getString("slip_order_id"),
                rs.getString("payment_transaction_id"), rs.getString("refund_transaction_id"), rs.getString("qrc_id"),
                rs.getString("kzo"), rs.getString("operation_date_time"), rs.getString("raw_slip_json"));
        return new PaymentRow(rs.getString("id"), rs.getString("sale_id"), Tender.valueOf(rs.getString("tender")),
                rs.getString("state"), rs.getBoolean("final_state"), rs.getLong("amount_kopecks"),
                Jdbc.nullableLong(rs, "cash_given_kopecks"), Jdbc.nullableLong(rs, "change_kopecks"),
                rs.getString("payment_type"), rs.getString("transaction_id"), rs.getString("checkout_request_id"),
                rs.getString("status"), rs.getString("tip_code"), slip, Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"));
    }
}
