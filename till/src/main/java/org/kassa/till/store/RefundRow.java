package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;
import org.kassa.till.tender.Tender;

/**
 * A cancel or refund of (part of) a paid sale, as the till sees it.
 *
 * @param shiftId    the shift in which the money went back (not necessarily the sale's)
 * @param state      REFUND: {@code RefundState} names; CANCEL: {@code CancelState} names; cash: REFUNDED
 * @param counts     true unless it ended without money going back (rejected, failed): its lines count as
 *                   refunded while it runs, so a line is never refunded twice
 * @param supervisor the login of the supervisor who approved it
 * @param tipCode    the operator tip's code when it did not go through, or null
 */
public record RefundRow(String id, String saleId, String paymentId, String shiftId, OperationKind kind, Tender tender,
                        long amountKopecks, String state, boolean finalState, boolean counts, String supervisor,
                        String tipCode, Instant createdAt, Instant updatedAt) {

    public RefundRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(shiftId, "shiftId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(supervisor, "supervisor");
    }

    /** True when it ended with the money paid back. */
    public boolean succeeded() {
        return finalState && counts;
    }
}
