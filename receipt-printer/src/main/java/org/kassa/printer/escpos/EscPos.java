package org.kassa.printer.escpos;

/** ESC/POS control bytes and command codes (Epson ESC/POS Application Programming Guide names). */
public final class EscPos {

    public static final byte LF = 0x0A;
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;

    /** {@code DLE EOT n} status kinds. */
    public static final int STATUS_PRINTER = 1;
    public static final int STATUS_OFFLINE_CAUSE = 2;
    public static final int STATUS_ERROR_CAUSE = 3;
    public static final int STATUS_PAPER = 4;

    /** The largest raster band sent in one {@code GS v 0} command; small printers have small buffers. */
    public static final int RASTER_BAND_ROWS = 256;

    private EscPos() {
    }

    /** {@code DLE EOT n}: a real-time status request, answered with one byte. */
    public static byte[] statusRequest(int kind) {
        return new byte[] {DLE, EOT, (byte) kind};
    }
}
