package org.kassa.printer;

/**
 * What a printer said about itself ({@code DLE EOT 1, 2, 4}).
 *
 * @param known        the printer answered; false on one-way links and printers without status
 * @param online       ready to print
 * @param paperOut     the roll is empty
 * @param paperNearEnd the roll is nearly empty: change it soon
 * @param coverOpen    the cover is open
 * @param error        a mechanical or cutter error
 */
public record PrinterStatus(boolean known, boolean online, boolean paperOut, boolean paperNearEnd,
        boolean coverOpen, boolean error) {

    public static final PrinterStatus UNKNOWN = new PrinterStatus(false, true, false, false, false, false);
    public static final PrinterStatus READY = new PrinterStatus(true, true, false, false, false, false);

    /** The failure this status means for a job, or null if the printer can print. */
    public PrinterException.Failure failure() {
        if (!known) {
            return null;
        }
        if (paperOut) {
            return PrinterException.Failure.PAPER_OUT;
        }
        if (coverOpen) {
            return PrinterException.Failure.COVER_OPEN;
        }
        if (error) {
            return PrinterException.Failure.PRINTER_ERROR;
        }
        return online ? null : PrinterException.Failure.OFFLINE;
    }
}
