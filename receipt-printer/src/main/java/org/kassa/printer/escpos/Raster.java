package org.kassa.printer.escpos;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import com.google.zxing.common.BitMatrix;

/** Black-and-white bitmaps as {@code GS v 0} raster commands, in bands the printer's buffer can hold. */
public final class Raster {

    /** Row {@code y} packed 8 dots per byte, most significant bit first. */
    @FunctionalInterface
    private interface Rows {
        byte[] row(int y);
    }

    private Raster() {
    }

    /** An image, scaled down to {@code maxWidth} dots if wider; dark pixels (luminance below half) print. */
    static void image(BufferedImage image, int maxWidth, ByteArrayOutputStream out) {
        BufferedImage fitted = image.getWidth() <= maxWidth ? image : scale(image, maxWidth);
        int width = fitted.getWidth();
        byte[] row = new byte[(width + 7) / 8];
        write(width, fitted.getHeight(), y -> {
            java.util.Arrays.fill(row, (byte) 0);
            for (int x = 0; x < width; x++) {
                if (isDark(fitted.getRGB(x, y))) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            return row;
        }, out);
    }

    /** A ZXing matrix, each module {@code scale} x {@code scale} dots; each module row is packed once. */
    static void matrix(BitMatrix matrix, int scale, ByteArrayOutputStream out) {
        int width = matrix.getWidth() * scale;
        byte[][] rows = new byte[matrix.getHeight()][(width + 7) / 8];
        for (int r = 0; r < matrix.getHeight(); r++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x / scale, r)) {
                    rows[r][x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        write(width, matrix.getHeight() * scale, y -> rows[y / scale], out);
    }

    private static void write(int width, int height, Rows rows, ByteArrayOutputStream out) {
        int bytesPerRow = (width + 7) / 8;
        for (int top = 0; top < height; top += EscPos.RASTER_BAND_ROWS) {
            int count = Math.min(EscPos.RASTER_BAND_ROWS, height - top);
            out.write(EscPos.GS);
            out.write('v');
            out.write('0');
            out.write(0);
            out.write(bytesPerRow & 0xFF);
            out.write(bytesPerRow >> 8);
            out.write(count & 0xFF);
            out.write(count >> 8);
            for (int y = top; y < top + count; y++) {
                out.write(rows.row(y), 0, bytesPerRow);
            }
        }
    }

    private static boolean isDark(int argb) {
        int alpha = argb >>> 24;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return alpha >= 128 && (r * 299 + g * 587 + b * 114) / 1000 < 128;
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        int height = Math.max(1, image.getHeight() * width / image.getWidth());
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        scaled.getGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        return scaled;
    }
}
