package org.kassa.printer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One print job as the app stores it: enough to reprint it after a failure or a restart.
 *
 * @param id        unique id (UUID text)
 * @param bytes     the exact bytes sent to the printer
 * @param warnings  characters the code page could not print
 * @param status    where the job is
 * @param createdAt when the job was made
 * @param attempts  how many times it was sent
 * @param lastError the last failure's message, or null
 */
public record PrintJob(String id, byte[] bytes, List<EncodingWarning> warnings, Status status, Instant createdAt,
        int attempts, String lastError) {

    /**
     * A job's life: PENDING (stored, not sent) → PRINTING → PRINTED, PRINTED_STATUS_UNKNOWN or FAILED
     * (→ PRINTING on reprint). PRINTED_STATUS_UNKNOWN: every byte was sent but the printer never answered the
     * status query, so nobody knows whether paper came out (docs/decisions/0085).
     */
    public enum Status {
        PENDING, PRINTING, PRINTED, PRINTED_STATUS_UNKNOWN, FAILED;

        /** Sent completely and not failed: PRINTED or PRINTED_STATUS_UNKNOWN. */
        public boolean sent() {
            return this == PRINTED || this == PRINTED_STATUS_UNKNOWN;
        }

        static Status of(PrintOutcome outcome) {
            return outcome == PrintOutcome.PRINTED_STATUS_UNKNOWN ? PRINTED_STATUS_UNKNOWN : PRINTED;
        }
    }

    public PrintJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        bytes = bytes.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    PrintJob with(Status newStatus, int newAttempts, String error) {
        return new PrintJob(id, bytes, warnings, newStatus, createdAt, newAttempts, error);
    }

    @Override
    public String toString() {
        return "PrintJob[" + id + ", " + status + ", " + bytes.length + " bytes, attempts=" + attempts + "]";
    }
}
