package org.kassa.printer.preview;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import org.kassa.printer.escpos.QrCodes;
import org.kassa.printer.preview.EscPosReader.Token;

/** Images of what the printer draws itself: raster bitmaps, stored QR codes and Code 128 barcodes. */
final class Codes {

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private int qrModule = 3;
    private String qrData;
    private int barHeight = 162;
    private int barModule = 3;
    private boolean hriBelow;

    /** Keeps barcode and QR settings ({@code GS h}, {@code GS w}, {@code GS H}, {@code GS ( k} settings). */
    void setting(Token t) {
        switch (t.name()) {
            case "GS h" -> barHeight = t.arg(0);
            case "GS w" -> barModule = t.arg(0);
            case "GS H" -> hriBelow = (t.arg(0) & 2) != 0;
            default -> {
                // other commands do not change the drawing
            }
        }
    }

    /** {@code GS v 0 m xL xH yL yH d...} as an image. */
    BufferedImage raster(Token t) {
        byte[] d = t.data();
        if (d.length < 5) {
            return null;
        }
        int bytesPerRow = t.arg(1) + (t.arg(2) << 8);
        int rows = t.arg(3) + (t.arg(4) << 8);
        if (bytesPerRow == 0 || rows == 0 || d.length < 5 + bytesPerRow * rows) {
            return null;
        }
        BufferedImage image = new BufferedImage(bytesPerRow * 8, rows, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < bytesPerRow * 8; x++) {
                boolean black = (d[5 + y * bytesPerRow + x / 8] & (0x80 >> (x % 8))) != 0;
                image.setRGB(x, y, black ? BLACK : WHITE);
            }
        }
        return image;
    }

    /** {@code GS ( k} with cn = 49: remembers the module size and data; returns the code when printed. */
    BufferedImage qr(Token t) {
        byte[] d = t.data();
        if (d.length < 2 || d[0] != '1') {
            return null;
        }
        switch (d[1]) {
            case 'C' -> qrModule = Math.max(1, t.arg(2));
            case 'P' -> qrData = new String(Arrays.copyOfRange(d, 3, d.length), StandardCharsets.UTF_8);
            case 'Q' -> {
                return qrData == null ? null : image(QrCodes.matrix(qrData), qrModule, 1);
            }
            default -> {
                // model and error correction level do not change the preview
            }
        }
        return null;
    }

    /** The text of a {@code GS k 73 n {B...} barcode} without the code set prefix. */
    String barcodeText(Token t) {
        String text = PreviewRenderer.ascii(t.data(), Math.min(t.data().length, 2));
        return text.startsWith("{") && text.length() >= 2 ? text.substring(2) : text;
    }

    BufferedImage code128(String text) {
        if (text.isEmpty()) {
            return null;
        }
        BitMatrix bars = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1);
        return image(bars, barModule, barHeight);
    }

    boolean hriBelow() {
        return hriBelow;
    }

    /** A matrix scaled {@code moduleWidth} dots per module across, {@code rowHeight} per row down. */
    private static BufferedImage image(BitMatrix m, int moduleWidth, int rowHeight) {
        int height = m.getHeight() == 1 ? rowHeight : m.getHeight() * moduleWidth;
        BufferedImage image = new BufferedImage(m.getWidth() * moduleWidth, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            int row = m.getHeight() == 1 ? 0 : y / moduleWidth;
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, m.get(x / moduleWidth, row) ? BLACK : WHITE);
            }
        }
        return image;
    }
}
