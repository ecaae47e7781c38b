package org.kassa.till.refund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kassa.till.store.RefundRepository.Refunded;

/**
 * The shop-wide guard against refunding one line twice from two tills (docs/decisions/0174): the refunded
 * quantity is reserved centrally before a refund is sent and settled when it ends. The till core only knows this
 * port; the central module implements it on the central store.
 */
public interface RefundReservations {

    /** One line to reserve: what the till sold of it (from its own rows) and how much this refund returns. */
    record Line(int lineNo, BigDecimal sold, BigDecimal quantity) {
    }

    /** No central store configured: every till guards only its own refunds, as before. */
    RefundReservations NONE = new RefundReservations() {
        @Override
        public void reserve(String refundId, String saleId, String tillId, List<Line> lines) {
            // nothing to guard beyond the till's own store
        }

        @Override
        public void settle(String refundId, boolean accepted) {
            // nothing reserved
        }

        @Override
        public Map<Integer, Refunded> taken(String saleId) {
            return Map.of();
        }

        @Override
        public List<String> unsettled(String tillId) {
            return List.of();
        }
    };

    /**
     * Reserves {@code lines} of the sale for refund {@code refundId}, atomically across tills; reserving the same
     * refund again changes nothing.
     *
     * @throws org.kassa.till.sale.SaleRuleException {@code refund.central.taken} when a line has not that much
     *                                               left (refunded or being refunded at any till)
     * @throws StoreAwayException                    when the central store cannot be reached now
     */
    void reserve(String refundId, String saleId, String tillId, List<Line> lines);

    /** The refund ended: accepted → its quantity stays taken; otherwise it is free again. Idempotent. */
    void settle(String refundId, boolean accepted);

    /** Per line, the quantity refunded or being refunded at every till (amounts are not known centrally: 0). */
    Map<Integer, Refunded> taken(String saleId);

    /** Refund ids of this till whose reservations are still open (for recovery to settle). */
    List<String> unsettled(String tillId);
}
