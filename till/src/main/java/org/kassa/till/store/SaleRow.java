package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;
import org.kassa.till.sale.SaleStatus;

/**
 * A sale's header.
 *
 * @param id             UUID string
 * @param orderId        unique across tills (the Pay API's orderId)
 * @param closedAt       when it became PAID, CANCELLED or VOIDED; null while OPEN
 * @param closedBy       the user who closed it, or null
 * @param totalKopecks   what the customer pays, after discounts
 * @param cardMasked     the loyalty card, masked only (never the full number), or null
 * @param cardResultCode the loyalty check's result code, or null
 * @param training       true in training mode: never a real payment
 */
public record SaleRow(String id, String tillId, String orderId, SaleStatus status, Instant openedAt,
                      Instant closedAt, String closedBy, long totalKopecks, long discountKopecks, String cardMasked,
                      String cardResultCode, boolean training) {

    public SaleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        Masked.check("cardMasked", cardMasked);
    }

    /** A new OPEN sale with no lines yet. */
    public static SaleRow open(String id, String tillId, String orderId, Instant at, boolean training) {
        return new SaleRow(id, tillId, orderId, SaleStatus.OPEN, at, null, null, 0, 0, null, null, training);
    }

    public SaleRow withTotals(long total, long discount) {
        return new SaleRow(id, tillId, orderId, status, openedAt, closedAt, closedBy, total, discount, cardMasked,
                cardResultCode, training);
    }

    public SaleRow withCard(String masked, String resultCode) {
        return new SaleRow(id, tillId, orderId, status, openedAt, closedAt, closedBy, totalKopecks, discountKopecks,
                masked, resultCode, training);
    }

    public SaleRow closed(SaleStatus newStatus, Instant at, String by) {
        return new SaleRow(id, tillId, orderId, newStatus, openedAt, at, by, totalKopecks, discountKopecks,
                cardMasked, cardResultCode, training);
    }
}
