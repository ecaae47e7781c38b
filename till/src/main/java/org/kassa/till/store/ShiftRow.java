package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A shift of one till. Money in kopecks.
 *
 * @param number        1, 2, 3… per till; also the number of the shift's Z report
 * @param expectedCash  starting cash + cash taken − cash paid back, set when the shift is closed
 * @param cashDifference counted − expected (negative: cash missing), set when closed
 * @param zReportJson   the Z report exactly as made when the shift closed (a reprint shows this), or null
 */
public record ShiftRow(String id, String tillId, int number, boolean open, Instant openedAt, String openedBy,
                       long startingCash, boolean training, Instant closedAt, String closedBy, Long countedCash,
                       Long expectedCash, Long cashDifference, String zReportJson) {

    public ShiftRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openedBy, "openedBy");
    }
}
