package org.kassa.till.refund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.RefundRepository.Refunded;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The refund desk's side of the shop's central store (docs/decisions/0174): finds and copies other tills' sales,
 * merges what every till has refunded, reserves before a refund is sent and settles after. While the store is
 * away a foreign sale is refused with a message naming its till; the till's own sales are refunded as before.
 */
final class ShopGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ShopGuard.class);

    private final TillStore store;
    private final String tillId;
    private final RemoteSales remote;
    private final RefundReservations reservations;

    ShopGuard(TillStore store, String tillId, RemoteSales remote, RefundReservations reservations) {
        this.store = store;
        this.tillId = tillId;
        this.remote = remote;
        this.reservations = reservations;
    }

    boolean foreign(SaleRow row) {
        return !tillId.equals(row.tillId());
    }

    /** Another till's sale, copied into this store (marked with its till id): its id, or empty when unknown. */
    Optional<String> findElsewhere(String key) {
        try {
            return remote.find(key).map(this::copy);
        } catch (StoreAwayException e) {
            LOG.warn("sale {} not found here and the central store is away: {}", key, e.getMessage());
            throw new SaleRuleException("refund.central.awayForeign", key);
        }
    }

    /** Completes an earlier copy of a foreign sale (a stop half-way left it partial); best effort. */
    void refresh(SaleRow row) {
        if (!foreign(row)) {
            return;
        }
        try {
            remote.find(row.id()).ifPresent(this::copy);
        } catch (StoreAwayException e) {
            // the copy stays as it is; the reservation decides whether it may be refunded now
        }
    }

    /** What every till refunded of the sale, merged with this store's view (the larger per line). */
    Map<Integer, Refunded> before(SaleRow row, Map<Integer, Refunded> local, boolean strict) {
        Map<Integer, Refunded> taken;
        try {
            taken = reservations.taken(row.id());
        } catch (StoreAwayException e) {
            if (strict && foreign(row)) {
                throw away(row);
            }
            return local;
        }
        Map<Integer, Refunded> merged = new LinkedHashMap<>(local);
        taken.forEach((line, t) -> merged.merge(line, t, (mine, shop) ->
                shop.quantity().compareTo(mine.quantity()) > 0 ? new Refunded(shop.quantity(), mine.amountKopecks())
                        : mine));
        return merged;
    }

    /**
     * Reserves the plan's lines centrally. A foreign sale is refused while the store is away; the till's own
     * sale goes on without a reservation (returns false).
     */
    boolean reserve(String refundId, SaleRow row, List<RefundLines.Planned> plan) {
        List<RefundReservations.Line> lines = plan.stream().map(p -> new RefundReservations.Line(p.line().lineNo(),
                p.line().quantity(), p.quantity())).toList();
        try {
            reservations.reserve(refundId, row.id(), tillId, lines);
            return true;
        } catch (StoreAwayException e) {
            if (foreign(row)) {
                throw away(row);
            }
            LOG.warn("refund {} of this till's sale {} goes on without a central reservation: {}", refundId,
                    row.orderId(), e.getMessage());
            return false;
        }
    }

    /** Settles a reservation; when the store is away it stays open for recovery ({@link #unsettled()}). */
    void settle(String refundId, boolean accepted) {
        try {
            reservations.settle(refundId, accepted);
        } catch (RuntimeException e) {
            LOG.warn("reservation of refund {} not settled now ({}); recovery settles it later", refundId,
                    e.getMessage());
        }
    }

    List<String> unsettled() {
        return reservations.unsettled(tillId);
    }

    private SaleRuleException away(SaleRow row) {
        return new SaleRuleException("refund.central.awayOtherTill", row.orderId(), row.tillId());
    }

    private String copy(RemoteSale r) {
        SaleRow sale = r.sale();
        if (store.sales().find(sale.id()).isEmpty()) {
            store.sales().insert(sale);
        }
        if (r.shiftId() != null) {
            store.shifts().attachSale(sale.id(), r.shiftId());
        }
        for (SaleLineRow line : r.lines()) {
            store.sales().upsertLine(line);
        }
        for (PaymentRow p : r.payments()) {
            if (p.finalState() && store.payments().find(p.id()).isEmpty()) {
                store.payments().insert(p);
            }
        }
        SaleRow here = store.sales().find(sale.id()).orElseThrow();
        if (sale.status() == SaleStatus.VOIDED && here.status() != SaleStatus.VOIDED) {
            store.sales().update(here.closed(SaleStatus.VOIDED, sale.closedAt(), sale.closedBy()));   // refunded elsewhere
        }
        return sale.id();
    }
}
