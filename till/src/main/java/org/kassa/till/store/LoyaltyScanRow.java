package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A scanned loyalty card: the result code and the MASKED number only, never the full number, session or
 * password (the constructor refuses a number with fewer than 4 characters masked or more than 10 digits shown).
 *
 * @param saleId     the sale it was scanned into, or null
 * @param resultCode e.g. {@code CARDSESSION_AVAILABLE} or {@code VALIDATION_FAILED}
 */
public record LoyaltyScanRow(String id, String saleId, Instant scannedAt, String resultCode, String cardMasked) {

    public LoyaltyScanRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(resultCode, "resultCode");
        Masked.check("cardMasked", cardMasked);
    }
}
