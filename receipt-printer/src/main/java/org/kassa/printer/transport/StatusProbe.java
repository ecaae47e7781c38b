package org.kassa.printer.transport;

import java.io.IOException;
import java.time.Duration;
import org.kassa.printer.PrinterStatus;
import org.kassa.printer.escpos.EscPos;

/**
 * Asks a printer for its state with {@code DLE EOT} and decodes the answers (Epson ESC/POS reference:
 * every answer has the fixed bits {@code 0xx1xx10}).
 */
final class StatusProbe {

    /** Answer bits. */
    private static final int OFFLINE = 0x08;
    private static final int COVER_OPEN = 0x04;
    private static final int PAPER_STOP = 0x20;
    private static final int ERROR = 0x40;
    private static final int NEAR_END = 0x0C;
    private static final int PAPER_END = 0x60;

    private StatusProbe() {
    }

    /** The printer's state, or null if it did not answer in time. */
    static PrinterStatus query(Link link, Duration timeout) throws IOException {
        Integer printer = ask(link, EscPos.STATUS_PRINTER, timeout);
        if (printer == null) {
            return null;
        }
        boolean online = (printer & OFFLINE) == 0;
        int cause = 0;
        if (!online) {
            Integer answer = ask(link, EscPos.STATUS_OFFLINE_CAUSE, timeout);
            cause = answer == null ? 0 : answer;
        }
        Integer paper = ask(link, EscPos.STATUS_PAPER, timeout);
        if (paper == null) {
            return null;
        }
        return new PrinterStatus(true, online, (paper & PAPER_END) != 0 || (cause & PAPER_STOP) != 0,
                (paper & NEAR_END) != 0, (cause & COVER_OPEN) != 0, (cause & ERROR) != 0);
    }

    /** Sends {@code DLE EOT n} and returns the first byte that looks like a status answer. */
    private static Integer ask(Link link, int kind, Duration timeout) throws IOException {
        link.write(EscPos.statusRequest(kind));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            int b = link.read(Duration.ofNanos(left));
            if (b < 0) {
                return null;
            }
            if ((b & 0x93) == 0x12) {
                return b;
            }
            // anything else (e.g. automatic status back, XON/XOFF) is not our answer: keep reading
        }
    }
}
