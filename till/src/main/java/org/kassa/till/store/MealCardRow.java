package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A meal voucher card registered through Craftgate: masked number and fingerprint only.
 *
 * @param sessionId the tokenization session, or null
 * @param apmType   e.g. {@code METROPOL}
 * @param status    where the registration is, e.g. {@code INIT}, {@code COMPLETED}, {@code FAILED}
 */
public record MealCardRow(String id, String sessionId, String apmType, String maskedNumber, String fingerprint,
                          String status, Instant createdAt) {

    public MealCardRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(apmType, "apmType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Masked.check("maskedNumber", maskedNumber);
    }
}
