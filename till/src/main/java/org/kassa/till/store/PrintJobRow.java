package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A print job kept for reprint (docs/decisions/0056): the exact ESC/POS bytes and where the job is.
 *
 * @param saleId    the sale it belongs to, or null (reports)
 * @param content   the exact bytes sent to the printer
 * @param error     the printer's failure, or null
 * @param printedAt when the printer confirmed it, or null
 */
public record PrintJobRow(String id, String saleId, PrintKind kind, byte[] content, PrintState state, String error,
                          Instant createdAt, Instant printedAt) {

    public PrintJobRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        content = content == null ? new byte[0] : content.clone();
    }

    /** A new job, not yet sent. */
    public static PrintJobRow pending(String id, String saleId, PrintKind kind, byte[] content, Instant at) {
        return new PrintJobRow(id, saleId, kind, content, PrintState.PENDING, null, at, null);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrintJobRow r && id.equals(r.id) && Objects.equals(saleId, r.saleId) && kind == r.kind
                && java.util.Arrays.equals(content, r.content) && state == r.state && Objects.equals(error, r.error)
                && createdAt.equals(r.createdAt) && Objects.equals(printedAt, r.printedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PrintJobRow[" + id + " " + kind + " " + state + ", " + content.length + " bytes]";
    }
}
