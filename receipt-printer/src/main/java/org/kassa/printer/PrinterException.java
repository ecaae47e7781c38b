package org.kassa.printer;

/**
 * A print job that did not (or not surely) reach the paper; {@link #failure()} says why. The message states
 * the fact for logs (English, with the printer's address); what the operator should do is {@link #tip()},
 * whose text comes from {@link PrinterTips} in the operator's language.
 */
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
    private final PrinterTip tip;

    public PrinterException(Failure failure, String message) {
        this(failure, PrinterTip.of(failure), message, null);
    }

    public PrinterException(Failure failure, String message, Throwable cause) {
        this(failure, PrinterTip.of(failure), message, cause);
    }

    /** A failure with a more precise tip than its kind's, e.g. a device file without write permission. */
    public PrinterException(Failure failure, PrinterTip tip, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.tip = tip;
    }

    public Failure failure() {
        return failure;
    }

    /** What the operator should do; the text is {@link PrinterTips#text(PrinterTip, String)}. */
    public PrinterTip tip() {
        return tip;
    }
}
