package org.kassa.printer;

/**
 * The operator advice for a printer problem: one per {@link PrinterException.Failure} (same name), a few more
 * precise ones, and the warning for a job printed without a status answer. Texts: {@link PrinterTips}.
 */
public enum PrinterTip {
    OFFLINE,
    /** A device file the till's user may not write (Linux group {@code lp}). */
    OFFLINE_DEVICE_PERMISSION,
    /** A device file that does not exist: unplugged or switched off. */
    OFFLINE_DEVICE_MISSING,
    /** A serial port that cannot be opened: path, another program, group {@code dialout}. */
    OFFLINE_SERIAL_PORT,
    TIMEOUT,
    /** The printer took the bytes but, required to answer status ({@code strict}), did not. */
    TIMEOUT_NO_STATUS_ANSWER,
    PAPER_OUT,
    COVER_OPEN,
    PRINTER_ERROR,
    CONNECTION_LOST,
    /** Not a failure: the job was sent, but the printer never answered {@code DLE EOT}. */
    STATUS_UNKNOWN;

    /** The general tip of a failure kind. */
    public static PrinterTip of(PrinterException.Failure failure) {
        return valueOf(failure.name());
    }
}
