package org.kassa.scanner;

/** The barcode symbologies Koshelek allows for loyalty barcodes (integration requirements §6.1.1). */
public enum Symbology {
    CODE_128,
    PDF_417,
    DATA_MATRIX,
    QR_CODE
}
