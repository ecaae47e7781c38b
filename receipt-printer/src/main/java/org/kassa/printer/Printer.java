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

    /** The printer can answer status queries on this link ({@code DLE EOT}). */
    boolean bidirectional();

    /**
     * Sends one job and returns when all its bytes were accepted and, where the printer answers status
     * queries, it reported itself online with paper after the job.
     *
     * @throws PrinterException offline, timeout, out of paper, cover open, or the connection lost mid-job
     */
    void send(byte[] bytes, Duration timeout) throws PrinterException;

    /** The printer's state; {@link PrinterStatus#UNKNOWN} when it cannot tell on this link. */
    PrinterStatus status(Duration timeout) throws PrinterException;

    @Override
    default void close() {
    }
}
