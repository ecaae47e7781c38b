package org.kassa.scanner.image;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;

/**
 * A second opinion on a code128 read. ZXing reads code128 from a single pixel row, and the symbol's only
 * check is one mod-103 character: at 1–1.5 pixels per bar a row now and then decodes to a different text
 * that passes it, either by chance (noise) or because the row's threshold makes every bar a pixel too
 * thick. A read is trusted when the band of rows around it, enlarged twice (a different sampling and a
 * different threshold), has a row at least {@link #MIN_DISTANCE} pixels from the first (different noise)
 * that reads the very same text.
 */
final class RowConfirmation {

    static final int MIN_DISTANCE = 4;
    static final int BAND = 40;

    private final Code128Reader reader = new Code128Reader();

    /** {@code look} is the picture the read came from, in the coordinates of the result's points. */
    boolean confirmed(Frame look, Result read) {
        ResultPoint[] points = read.getResultPoints();
        if (points == null || points.length == 0 || points[0] == null) {
            return false;
        }
        int row = Math.max(0, Math.min(look.height() - 1, Math.round(points[0].getY())));
        int top = Math.max(0, row - BAND);
        int rows = Math.min(look.height(), row + BAND + 1) - top;
        byte[] band = new byte[rows * look.width()];
        System.arraycopy(look.luminance(), top * look.width(), band, 0, band.length);
        Frame zoomed = Pictures.zoomed(new Frame(band, look.width(), rows), 2, Integer.MAX_VALUE);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new PlanarYUVLuminanceSource(
                zoomed.luminance(), zoomed.width(), zoomed.height(), 0, 0, zoomed.width(), zoomed.height(), false)));
        int readRow = 2 * (row - top);
        BitArray bits = null;
        for (int y = 0; y < zoomed.height(); y++) {
            if (Math.abs(y - readRow) < 2 * MIN_DISTANCE) {
                continue;
            }
            try {
                bits = bitmap.getBlackRow(y, bits);
            } catch (ReaderException blank) {
                continue;
            }
            if (reads(y, bits, read.getText())) {
                return true;
            }
            bits.reverse(); // the code upside down, as ZXing also tries it
            if (reads(y, bits, read.getText())) {
                return true;
            }
        }
        return false;
    }

    private boolean reads(int y, BitArray bits, String text) {
        try {
            return reader.decodeRow(y, bits, null).getText().equals(text);
        } catch (ReaderException nothing) {
            return false;
        }
    }
}
