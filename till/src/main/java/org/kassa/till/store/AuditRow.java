package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what, when, on which sale. Never a PIN or a card number.
 *
 * @param action e.g. {@code refund.approved}, {@code pin.refused}, {@code user.added}, {@code shift.closed}
 * @param saleId the sale concerned, or null
 */
public record AuditRow(String id, Instant at, String tillId, String actor, String action, String saleId,
                       String detail) {

    public AuditRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
