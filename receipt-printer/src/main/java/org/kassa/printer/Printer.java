package org.kassa.printer;

import java.time.Duration;

/**
 * A receipt printer behind some link (TCP, serial, device file) or the virtual printer. Each job opens the
 * link, sends, checks status where the printer can answer, and closes it again: printers on port 9100 take
 * one connection at a time, and a USB printer switched off and on gets a new device.
 * Use {@link PrintSpooler} to keep every job for reprinting.
 */
public interface Printer extends AutoCloseable {

    /** Where the printer is, e.g. {@code tcp://10.0.0.7:9100}; safe to show and log. */
    String address();

    PrinterProfile profile();

    /** Status is asked on this link ({@code DLE EOT}): a two-way link and a profile whose status mode is not off. */
    boolean bidirectional();

    /**
     * Sends one job and returns when all its bytes were accepted and, where the profile asks for status, the
     * printer reported itself online with paper after the job ({@link PrintOutcome#PRINTED}) or never
     * answered at all ({@link PrintOutcome#PRINTED_STATUS_UNKNOWN}, only with {@code status.mode = optional}).
     *
     * @throws PrinterException offline, timeout (also: no status answer with {@code status.mode = strict}, or
     *                          a printer that answered before the job but not after it), out of paper, cover
     *                          open, or the connection lost mid-job
     */
    PrintOutcome send(byte[] bytes, Duration timeout) throws PrinterException;

    /** The printer's state; {@link PrinterStatus#UNKNOWN} when it cannot tell on this link. */
    PrinterStatus status(Duration timeout) throws PrinterException;

    @Override
    default void close() {
    }
}
