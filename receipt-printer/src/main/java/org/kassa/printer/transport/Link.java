package org.kassa.printer.transport;

import java.io.IOException;
import java.time.Duration;
import org.kassa.printer.PrinterException;

/** A byte link to a printer, open for one job. Implementations need not be thread-safe except {@link #close}. */
public interface Link extends AutoCloseable {

    /** Connects or opens the device. */
    void open(Duration timeout) throws PrinterException;

    void write(byte[] bytes) throws IOException;

    /** The next byte from the printer, or -1 if none came within {@code timeout}. */
    int read(Duration timeout) throws IOException;

    /** The printer can answer on this link. */
    boolean bidirectional();

    /** Closes the link; also called from another thread to abort a blocked job. */
    @Override
    void close();
}
