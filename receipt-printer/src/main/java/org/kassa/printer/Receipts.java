package org.kassa.printer;

import org.kassa.printer.escpos.EscPosEncoder;

/** Entry point for writing receipts. */
public final class Receipts {

    private Receipts() {
    }

    /** A builder that starts with printer initialisation and the profile's code page. */
    public static ReceiptBuilder builder(PrinterProfile profile) {
        return new EscPosEncoder(profile);
    }
}
