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
 * <p>Beyond the plain look it tries light-on-dark (inverted) codes, a global threshold for blurred
 * pictures, vertical smoothing against noise on 1D bars, 1D codes turned 90°, and (still images only) a
 * white margin around codes cropped without their quiet zone, as generators write them.
 * The smoothed look leaves PDF417 out and the turned look searches for code128 only: they would not help
 * those, and the detectors cost most of a frame (PDF417 alone tries four rotations of the whole picture).
 * {@link Mode#VIDEO} is cheap enough for every camera frame; {@link Mode#STILL} tries everything at once.
 * Not thread-safe: use one decoder per thread.
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
    private final MultiFormatReader allFour;
    /** For the smoothed look (noise): PDF417 rows would be smeared by it anyway. */
    private final MultiFormatReader withoutPdf417;
    /** For the turned look: only 1D codes care about the direction, and code128 alone costs next to nothing. */
    private final MultiFormatReader code128;
    private long frames;

    public BarcodeDecoder(Mode mode) {
        this.mode = mode;
        this.allFour = reader(mode, List.copyOf(FORMATS.keySet()));
        this.withoutPdf417 = reader(mode, List.of(BarcodeFormat.CODE_128, BarcodeFormat.DATA_MATRIX,
                BarcodeFormat.QR_CODE));
        this.code128 = reader(mode, List.of(BarcodeFormat.CODE_128));
    }

    private static MultiFormatReader reader(Mode mode, List<BarcodeFormat> formats) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, formats);
        // Byte-mode payloads without an ECI marker are UTF-8 from every modern generator (Cyrillic text).
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        if (mode == Mode.STILL) {
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        }
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        return reader;
    }

    /** The ways of looking at a frame, cheapest first. */
    enum Attempt { PLAIN, INVERTED, GLOBAL_THRESHOLD, SMOOTHED, TURNED, PADDED }

    private static final Attempt[] ALL = Attempt.values();
    /** Video takes turns over these; padding is for tightly cropped image files only. */
    private static final Attempt[] VIDEO_TURNS = {Attempt.INVERTED, Attempt.GLOBAL_THRESHOLD, Attempt.SMOOTHED,
        Attempt.TURNED};

    /**
     * The code in the frame, if any. {@link Mode#STILL} tries every {@link Attempt} until one works.
     * {@link Mode#VIDEO} makes one attempt per frame: the plain one on every other frame and the others in
     * turn in between. A code held to the camera is in many frames, so a plain code is read within 2 frames
     * and every variant gets its chance within 8 (0.27 s at 30 frames/s), at the cost of one look per frame.
     */
    public Optional<DecodedCode> decode(Frame frame) {
        if (mode == Mode.VIDEO) {
            long n = frames++;
            return attempt(frame, (n & 1) == 0 ? Attempt.PLAIN : VIDEO_TURNS[(int) ((n >> 1) % VIDEO_TURNS.length)]);
        }
        Optional<DecodedCode> found = Optional.empty();
        for (int i = 0; i < ALL.length && found.isEmpty(); i++) {
            found = attempt(frame, ALL[i]);
        }
        return found;
    }

    private Optional<DecodedCode> attempt(Frame frame, Attempt how) {
        return switch (how) {
            case PLAIN -> attempt(allFour, new BinaryBitmap(new HybridBinarizer(luminance(frame))));
            case INVERTED -> attempt(allFour, new BinaryBitmap(new HybridBinarizer(luminance(frame).invert())));
            case GLOBAL_THRESHOLD -> attempt(allFour, new BinaryBitmap(new GlobalHistogramBinarizer(luminance(frame))));
            case SMOOTHED -> attempt(withoutPdf417, new BinaryBitmap(new HybridBinarizer(
                    luminance(Pictures.smoothedVertically(frame, 5)))));
            case TURNED -> attempt(code128, new BinaryBitmap(new HybridBinarizer(luminance(Pictures.turned(frame)))));
            case PADDED -> attempt(allFour, new BinaryBitmap(new HybridBinarizer(luminance(Pictures.padded(frame)))));
        };
    }

    private static LuminanceSource luminance(Frame f) {
        return new PlanarYUVLuminanceSource(f.luminance(), f.width(), f.height(), 0, 0, f.width(), f.height(),
                false);
    }

    private static Optional<DecodedCode> attempt(MultiFormatReader reader, BinaryBitmap bitmap) {
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
