package org.kassa.printer.escpos;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import com.google.zxing.common.BitMatrix;

/** Black-and-white bitmaps as {@code GS v 0} raster commands, in bands the printer's buffer can hold. */
public final class Raster {

    /** Dot (x, y) is black. */
    @FunctionalInterface
    interface Dots {
        boolean black(int x, int y);
    }

    private Raster() {
    }

    /** An image, scaled down to {@code maxWidth} dots if wider; dark pixels (luminance below half) print. */
    static void image(BufferedImage image, int maxWidth, ByteArrayOutputStream out) {
        BufferedImage fitted = image.getWidth() <= maxWidth ? image : scale(image, maxWidth);
        write(fitted.getWidth(), fitted.getHeight(), (x, y) -> isDark(fitted.getRGB(x, y)), out);
    }

    /** A ZXing matrix, each module {@code scale} x {@code scale} dots. */
    static void matrix(BitMatrix matrix, int scale, ByteArrayOutputStream out) {
        write(matrix.getWidth() * scale, matrix.getHeight() * scale,
                (x, y) -> matrix.get(x / scale, y / scale), out);
    }

    private static void write(int width, int height, Dots dots, ByteArrayOutputStream out) {
        int bytesPerRow = (width + 7) / 8;
        for (int top = 0; top < height; top += EscPos.RASTER_BAND_ROWS) {
            int rows = Math.min(EscPos.RASTER_BAND_ROWS, height - top);
            out.write(EscPos.GS);
            out.write('v');
            out.write('0');
            out.write(0);
            out.write(bytesPerRow & 0xFF);
            out.write(bytesPerRow >> 8);
            out.write(rows & 0xFF);
            out.write(rows >> 8);
            for (int y = top; y < top + rows; y++) {
                for (int xb = 0; xb < bytesPerRow; xb++) {
                    int bits = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        int x = xb * 8 + bit;
                        if (x < width && dots.black(x, y)) {
                            bits |= 0x80 >> bit;
                        }
                    }
                    out.write(bits);
                }
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
