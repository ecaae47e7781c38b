package org.kassa.scanner;

/** The barcode symbologies Koshelek allows for loyalty barcodes (docs/contracts.md#passcode-verify-library). */
public enum Symbology {
    CODE_128,
    PDF_417,
    DATA_MATRIX,
    QR_CODE
}
