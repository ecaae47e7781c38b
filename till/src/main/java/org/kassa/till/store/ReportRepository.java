package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.kassa.till.tender.Tender;

/**
 * The queries behind X and Z reports: each reads one shift through the indexes sale(shift_id), payment(sale_id)
 * and refund(shift_id), so a report costs the same whatever the size of the history (docs/performance.md).
 */
public final class ReportRepository {

    /** Paid tenders of a shift grouped by tender and payment type (null for cash). */
    public record TenderTotal(Tender tender, String paymentType, long count, long amountKopecks) {
    }

    /** Succeeded refunds and cancels of a shift grouped by kind, tender and payment type. */
    public record RefundTotal(OperationKind kind, Tender tender, String paymentType, long count, long amountKopecks) {
    }

    /**
     * One Koshelek operation with the columns of seed 001 §7.2.
     *
     * @param transactionId       the API's transactionId of the payment (the slip's paymentTransactionId may differ)
     * @param refundTransactionId null for a payment
     */
    public record KoshelekLine(String kind, String orderId, String transactionId, String paymentTransactionId,
                               String refundTransactionId,
                               String requestId, String paymentType, String qrcId, String kzo, long amountKopecks,
                               Instant at) {
    }

    private final Jdbc jdbc;

    ReportRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<TenderTotal> tenderTotals(String shiftId) {
        return jdbc.query("total a shift's payments", "SELECT p.tender, p.payment_type, COUNT(*), "
                + "SUM(p.amount_kopecks) "
                + "FROM sale s JOIN payment p ON p.sale_id = s.id WHERE s.shift_id = ? AND p.state = 'ACCEPTED' "
                + "GROUP BY p.tender, p.payment_type ORDER BY p.tender, p.payment_type", rs -> new TenderTotal(
                Tender.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getLong(4)), shiftId);
    }

    public List<RefundTotal> refundTotals(String shiftId) {
        return jdbc.query("total a shift's refunds", "SELECT r.kind, r.tender, p.payment_type, COUNT(*), "
                + "SUM(r.amount_kopecks) FROM refund r JOIN payment p ON p.id = r.payment_id WHERE r.shift_id = ? "
                + "AND r.final_state = TRUE AND r.counts = TRUE GROUP BY r.kind, r.tender, p.payment_type "
                + "ORDER BY r.kind, r.tender, p.payment_type", rs -> new RefundTotal(
                OperationKind.valueOf(rs.getString(1)), Tender.valueOf(rs.getString(2)), rs.getString(3),
                rs.getLong(4), rs.getLong(5)), shiftId);
    }

    /** The shift's Koshelek payments and then its succeeded Koshelek refunds and cancels, each oldest first. */
    public List<KoshelekLine> koshelekLines(String shiftId) {
        List<KoshelekLine> payments = jdbc.query("list a shift's Koshelek payments", "SELECT s.order_id, "
                + "p.transaction_id, COALESCE(p.payment_transaction_id, p.transaction_id), p.checkout_request_id, "
                + "p.payment_type, "
                + "p.qrc_id, p.kzo, p.amount_kopecks, p.updated_at FROM sale s JOIN payment p ON p.sale_id = s.id "
                + "WHERE s.shift_id = ? AND p.tender = 'KOSHELEK' AND p.state = 'ACCEPTED' ORDER BY p.updated_at, p.id",
                rs -> new KoshelekLine("PAYMENT", rs.getString(1), rs.getString(2), rs.getString(3), null,
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        Jdbc.instant(rs, "updated_at")),
                shiftId);
        List<KoshelekLine> refunds = jdbc.query("list a shift's Koshelek refunds", "SELECT r.kind, s.order_id, "
                + "p.transaction_id, COALESCE(p.payment_transaction_id, p.transaction_id), o.ref_transaction_id, "
                + "o.request_id, "
                + "p.payment_type, p.qrc_id, p.kzo, r.amount_kopecks, r.updated_at FROM refund r "
                + "JOIN sale s ON s.id = r.sale_id JOIN payment p ON p.id = r.payment_id "
                + "JOIN payment_operation o ON o.id = r.id WHERE r.shift_id = ? AND r.tender = 'KOSHELEK' "
                + "AND r.final_state = TRUE AND r.counts = TRUE ORDER BY r.updated_at, r.id", ReportRepository::refund,
                shiftId);
        java.util.ArrayList<KoshelekLine> all = new java.util.ArrayList<>(payments);
        all.addAll(refunds);
        return all;
    }

    /** Cash given minus change of the shift's paid cash tenders: the cash the drawer took. */
    public long cashTaken(String shiftId) {
        return jdbc.one("total a shift's cash", "SELECT COALESCE(SUM(p.amount_kopecks), 0) FROM sale s "
                + "JOIN payment p ON p.sale_id = s.id WHERE s.shift_id = ? AND p.tender = 'CASH' "
                + "AND p.state = 'ACCEPTED'",
                rs -> rs.getLong(1), shiftId).orElse(0L);
    }

    private static KoshelekLine refund(ResultSet rs) throws SQLException {
        return new KoshelekLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                Jdbc.instant(rs, "updated_at"));
    }
}
