package org.kassa.printer;

import java.awt.image.BufferedImage;

/**
 * Writes a receipt for one printer profile. Text goes through the profile's code page; a character the
 * code page lacks becomes {@code ?} on paper and an {@link EncodingWarning} in the {@link PrintDocument}.
 * Obtain one with {@link Receipts#builder(PrinterProfile)}.
 */
public interface ReceiptBuilder {

    /** Horizontal alignment of the following lines. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Paper cut. */
    enum Cut { FULL, PARTIAL }

    ReceiptBuilder align(Align align);

    ReceiptBuilder bold(boolean on);

    /** Character size multipliers, 1..8 each; {@code size(1, 1)} is normal. */
    ReceiptBuilder size(int width, int height);

    /** Text without a line feed. */
    ReceiptBuilder text(String text);

    /** Text and a line feed. */
    ReceiptBuilder line(String text);

    /** {@code lines} empty lines. */
    ReceiptBuilder feed(int lines);

    /** A QR code of {@code data} (native or raster as the profile says), {@code moduleDots} per module. */
    ReceiptBuilder qr(String data, int moduleDots);

    /** A Code 128 barcode (code set B) with its text printed below. */
    ReceiptBuilder code128(String data);

    /** A black-and-white raster image (e.g. a logo), scaled down to the paper if wider. */
    ReceiptBuilder image(BufferedImage image);

    /** Feeds to the cutter and cuts as the profile says (only feeds when the printer has no cutter). */
    ReceiptBuilder cut(Cut cut);

    /** Opens the cash drawer with the profile's pulse. */
    ReceiptBuilder drawerPulse();

    /** Characters per line in the normal font. */
    int columns();

    PrintDocument build();
}
