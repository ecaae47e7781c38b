package org.kassa.printer;

/** A print job that did not (or not surely) reach the paper; {@link #failure()} says why. */
public final class PrinterException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a job failed; each has an operator action. */
    public enum Failure {
        /** Cannot connect or open the device: switched off, unplugged, wrong address or permission. */
        OFFLINE,
        /** The printer took no data or gave no answer in time: stalled, or jammed. */
        TIMEOUT,
        /** The printer reports an empty roll. */
        PAPER_OUT,
        /** The printer reports its cover open. */
        COVER_OPEN,
        /** The printer reports a mechanical or cutter error. */
        PRINTER_ERROR,
        /** The link broke during the job: part of it may be printed; reprint the job. */
        CONNECTION_LOST
    }

    private final Failure failure;

    public PrinterException(Failure failure, String message) {
        this(failure, message, null);
    }

    public PrinterException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
