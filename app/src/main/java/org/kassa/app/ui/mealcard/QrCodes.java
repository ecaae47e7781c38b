package org.kassa.app.ui.mealcard;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** The provider's page as a QR code for the customer's phone (ZXing's writer), black on white with a quiet zone. */
public final class QrCodes {

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrCodes() {
    }

    /** ARGB pixels of a {@code size}×{@code size} QR code of {@code text}, row by row. */
    public static int[] pixels(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the page address is too long for a QR code (" + text.length()
                    + " characters)", e);
        }
        int[] argb = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                argb[y * size + x] = matrix.get(x, y) ? BLACK : WHITE;
            }
        }
        return argb;
    }

    /** The same as an image for the window (needs the JavaFX toolkit). */
    public static WritableImage image(String text, int size) {
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels(text, size), 0,
                size);
        return image;
    }
}
