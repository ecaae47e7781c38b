package org.kassa.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes: the native {@code GS ( k} function 165..181 sequence, or a raster image made with ZXing. */
public final class QrCodes {

    /** {@code GS ( k} error correction byte for level M (15 %): 48 = L, 49 = M, 50 = Q, 51 = H. */
    private static final int LEVEL_M = 49;
    /** Largest data for the native store command on common printers. */
    public static final int MAX_NATIVE_BYTES = 7089;

    private QrCodes() {
    }

    /** Model 2, module size, level M, store the data, print it. */
    static void nativeQr(String data, int moduleDots, ByteArrayOutputStream out) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_NATIVE_BYTES) {
            throw new IllegalArgumentException("QR data of " + bytes.length + " bytes is too long; at most "
                    + MAX_NATIVE_BYTES);
        }
        function(out, new byte[] {'1', 'A', '2', 0});              // fn 165: model 2
        function(out, new byte[] {'1', 'C', (byte) moduleDots});   // fn 167: module size
        function(out, new byte[] {'1', 'E', (byte) LEVEL_M});      // fn 169: error correction
        byte[] store = new byte[3 + bytes.length];                 // fn 180: store data
        store[0] = '1';
        store[1] = 'P';
        store[2] = '0';
        System.arraycopy(bytes, 0, store, 3, bytes.length);
        function(out, store);
        function(out, new byte[] {'1', 'Q', '0'});                 // fn 181: print
    }

    /** The same code drawn by Kassa, for printers without {@code GS ( k}. */
    static void rasterQr(String data, int moduleDots, ByteArrayOutputStream out) {
        Raster.matrix(matrix(data), moduleDots, out);
    }

    /** The QR matrix with one module per bit and no quiet zone (the paper around it is white). */
    public static BitMatrix matrix(String data) {
        try {
            return new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + data.length() + " characters: "
                    + e.getMessage(), e);
        }
    }

    /** {@code GS ( k pL pH} followed by the function's bytes. */
    private static void function(ByteArrayOutputStream out, byte[] body) {
        out.write(EscPos.GS);
        out.write('(');
        out.write('k');
        out.write(body.length & 0xFF);
        out.write(body.length >> 8);
        out.write(body, 0, body.length);
    }
}
