package org.kassa.scanner.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kassa.scanner.Symbology;

/**
 * Finds one code128, PDF417, DataMatrix or QR code in a picture with ZXing. Only these four are looked for
 * (the symbologies Koshelek allows): fewer readers means fewer false reads and faster frames.
 *
 * <p>{@link Mode#VIDEO} is cheap enough for every camera frame and tries inverted (light-on-dark) codes
 * only on every other frame; {@link Mode#STILL} tries harder (1D codes turned 90°, inverted codes, a second
 * binarizer for blurred pictures). Not thread-safe: use one decoder per thread.
 */
public final class BarcodeDecoder {

    /** How hard to look. */
    public enum Mode { VIDEO, STILL }

    private static final Map<BarcodeFormat, Symbology> FORMATS = Map.of(
            BarcodeFormat.CODE_128, Symbology.CODE_128,
            BarcodeFormat.PDF_417, Symbology.PDF_417,
            BarcodeFormat.DATA_MATRIX, Symbology.DATA_MATRIX,
            BarcodeFormat.QR_CODE, Symbology.QR_CODE);

    private final Mode mode;
    private final MultiFormatReader reader = new MultiFormatReader();
    private long frames;

    public BarcodeDecoder(Mode mode) {
        this.mode = mode;
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.copyOf(FORMATS.keySet()));
        // Byte-mode payloads without an ECI marker are UTF-8 from every modern generator (Cyrillic text).
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        if (mode == Mode.STILL) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        reader.setHints(hints);
    }

    public Optional<DecodedCode> decode(Frame frame) {
        LuminanceSource source = new PlanarYUVLuminanceSource(frame.luminance(), frame.width(), frame.height(),
                0, 0, frame.width(), frame.height(), false);
        boolean invertedToo = mode == Mode.STILL || (frames++ & 1) == 1;
        Optional<DecodedCode> found = attempt(new BinaryBitmap(new HybridBinarizer(source)));
        if (found.isEmpty() && invertedToo) {
            found = attempt(new BinaryBitmap(new HybridBinarizer(source.invert())));
        }
        if (found.isEmpty() && mode == Mode.STILL) {
            found = attempt(new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        }
        return found;
    }

    private Optional<DecodedCode> attempt(BinaryBitmap bitmap) {
        try {
            Result r = reader.decodeWithState(bitmap);
            Symbology s = FORMATS.get(r.getBarcodeFormat());
            return s == null ? Optional.empty() : Optional.of(new DecodedCode(TextRepair.utf8(r.getText()), s));
        } catch (ReaderException notFound) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
