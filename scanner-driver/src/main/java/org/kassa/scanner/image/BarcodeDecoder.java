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
 * white margin around codes cropped without their quiet zone, as generators write them, and enlarged
 * (bilinear) pictures for small modules of 1–1.5 pixels.
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
    private final RowConfirmation secondOpinion = new RowConfirmation();
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

    /**
     * The ways of looking at a frame, cheapest first. The zoomed looks are for small modules (1–1.5 pixels),
     * which ZXing's detectors and binarizer need enlarged to 3–6 pixels; the sharpened ones undo a slightly
     * defocused lens. {@code ZOOMED_n} (still images)
     * enlarge the picture n times, at most to {@link #ZOOM_PIXELS} (a larger picture: its centre);
     * {@code CENTRE_ZOOMED_n} (video) cost what a plain look costs: the centre n-th of the frame, enlarged n
     * times to the frame's size, where a code held far from the camera usually is.
     */
    enum Attempt {
        PLAIN, INVERTED, GLOBAL_THRESHOLD, SMOOTHED, TURNED, PADDED, SHARPENED,
        ZOOMED_2, ZOOMED_3, SHARPENED_ZOOMED_3, ZOOMED_4, ZOOMED_6, CENTRE_ZOOMED_2, CENTRE_ZOOMED_4
    }

    /** Still images: every look but the video ones, cheapest first. */
    private static final Attempt[] STILL_LADDER = {Attempt.PLAIN, Attempt.INVERTED, Attempt.GLOBAL_THRESHOLD,
        Attempt.SMOOTHED, Attempt.TURNED, Attempt.PADDED, Attempt.SHARPENED, Attempt.ZOOMED_2, Attempt.ZOOMED_3,
        Attempt.SHARPENED_ZOOMED_3, Attempt.ZOOMED_4, Attempt.ZOOMED_6};
    /** Video takes turns over these; padding is for tightly cropped image files only. */
    private static final Attempt[] VIDEO_TURNS = {Attempt.INVERTED, Attempt.GLOBAL_THRESHOLD, Attempt.SMOOTHED,
        Attempt.TURNED, Attempt.CENTRE_ZOOMED_2, Attempt.CENTRE_ZOOMED_4};
    /** The most pixels a zoomed still image gets (larger pictures are zoomed at their centre): 2560x1440. */
    static final int ZOOM_PIXELS = 2560 * 1440;

    /**
     * The code in the frame, if any. {@link Mode#STILL} tries every {@link Attempt} until one works.
     * {@link Mode#VIDEO} makes one attempt per frame: the plain one on every other frame and the others in
     * turn in between. A code held to the camera is in many frames, so a plain code is read within 2 frames
     * and every variant gets its chance within 12 (0.4 s at 30 frames/s), at the cost of one look per frame.
     */
    public Optional<DecodedCode> decode(Frame frame) {
        if (mode == Mode.VIDEO) {
            long n = frames++;
            return attempt(frame, (n & 1) == 0 ? Attempt.PLAIN : VIDEO_TURNS[(int) ((n >> 1) % VIDEO_TURNS.length)]);
        }
        Optional<DecodedCode> found = Optional.empty();
        for (int i = 0; i < STILL_LADDER.length && found.isEmpty(); i++) {
            found = attempt(frame, STILL_LADDER[i]);
        }
        return found;
    }

    private Optional<DecodedCode> attempt(Frame frame, Attempt how) {
        return switch (how) {
            case PLAIN -> attempt(allFour, frame, false);
            case INVERTED -> attempt(allFour, frame, true);
            case GLOBAL_THRESHOLD -> attempt(allFour, frame, false, new BinaryBitmap(new GlobalHistogramBinarizer(
                    luminance(frame))));
            case SMOOTHED -> attempt(withoutPdf417, Pictures.smoothedVertically(frame, 5), false);
            case TURNED -> attempt(code128, Pictures.turned(frame), false);
            case PADDED -> attempt(allFour, Pictures.padded(frame), false);
            case SHARPENED -> attempt(allFour, Pictures.sharpened(frame, 2), false);
            case SHARPENED_ZOOMED_3 -> attempt(allFour, Pictures.zoomed(Pictures.sharpened(frame, 1), 3, ZOOM_PIXELS),
                    false);
            case ZOOMED_2 -> attempt(allFour, Pictures.zoomed(frame, 2, ZOOM_PIXELS), false);
            case ZOOMED_3 -> attempt(allFour, Pictures.zoomed(frame, 3, ZOOM_PIXELS), false);
            case ZOOMED_4 -> attempt(allFour, Pictures.zoomed(frame, 4, ZOOM_PIXELS), false);
            case ZOOMED_6 -> attempt(allFour, Pictures.zoomed(frame, 6, ZOOM_PIXELS), false);
            case CENTRE_ZOOMED_2 -> attempt(allFour, Pictures.zoomed(frame, 2, pixels(frame)), false);
            case CENTRE_ZOOMED_4 -> attempt(allFour, Pictures.zoomed(frame, 4, pixels(frame)), false);
        };
    }

    private Optional<DecodedCode> attempt(MultiFormatReader reader, Frame look, boolean inverted) {
        LuminanceSource source = luminance(look);
        return attempt(reader, look, inverted,
                new BinaryBitmap(new HybridBinarizer(inverted ? source.invert() : source)));
    }

    private static int pixels(Frame f) {
        return f.width() * f.height();
    }

    private static LuminanceSource luminance(Frame f) {
        return new PlanarYUVLuminanceSource(f.luminance(), f.width(), f.height(), 0, 0, f.width(), f.height(),
                false);
    }

    /** {@code bitmap} was made of {@code look} (inverted or not): a code128 read is confirmed on the same. */
    private Optional<DecodedCode> attempt(MultiFormatReader reader, Frame look, boolean inverted, BinaryBitmap bitmap) {
        try {
            Result r = reader.decodeWithState(bitmap);
            Symbology s = FORMATS.get(r.getBarcodeFormat());
            if (s == null || (s == Symbology.CODE_128
                    && !secondOpinion.confirmed(inverted ? Pictures.inverted(look) : look, r))) {
                return Optional.empty(); // a code128 row no other row agrees with: likely a misread
            }
            return Optional.of(new DecodedCode(TextRepair.utf8(r.getText()), s));
        } catch (ReaderException notFound) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
