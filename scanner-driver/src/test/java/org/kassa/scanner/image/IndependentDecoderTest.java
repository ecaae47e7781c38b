package org.kassa.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kassa.scanner.Symbology;
import org.kassa.scanner.Tools;

/**
 * Kassa's decoder against the best independent decoder of each symbology, on the very same image files:
 * codes made by zint, qrencode and dmtxwrite, seen as a camera would see them ({@link Perturbation}, fixed
 * seeds), written under target/independent-decode/, then read by Kassa ({@code STILL} mode, as
 * {@code kassa scan-image} does) and by dmtxread (DataMatrix) or zbarimg (QR, code128). Only the exact
 * payload counts as a read. Kassa must read at least as many as the independent decoder, and PDF417 (which
 * neither tool reads) at least 90 %. The table is written to target/independent-decode.md.
 */
// About 25 s of CPU on a quiet machine (320 pictures, two decoders each); the bound is generous so that a
// loaded 2-core machine never fails it by speed, while a hang still ends.
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class IndependentDecoderTest {

    static final Path DIR = Path.of("target", "independent-decode");

    /**
     * Tilt ±4° and noise in both sets. MILD: 60–140 % of a 2 px module, blur σ up to 1.2 px of that 2 px
     * picture (0.6 module), scaled with it. SMALL: 1–1.5 px modules of a sharp camera, blur σ up to 0.3 module.
     */
    enum Set {
        SMALL(1.0, 1.5, 0.3), MILD(1.2, 2.8, 0.6);

        final double minModule;
        final double maxModule;
        final double maxBlurModules;

        Set(double minModule, double maxModule, double maxBlurModules) {
            this.minModule = minModule;
            this.maxModule = maxModule;
            this.maxBlurModules = maxBlurModules;
        }
    }

    /** {@code video}: Kassa's camera mode on the picture inside a 960x540 frame (half the SMALL set, else null). */
    record Case(Generator generator, Set set, String payload, Path file, boolean kassa, Boolean video,
                Optional<Boolean> other) {
    }

    static final List<Case> CASES = new ArrayList<>();
    static final List<String> KASSA_MISREADS = new ArrayList<>();
    private static final int PAYLOADS_PER_GENERATOR = 10;
    private static final int PICTURES_PER_SET = 2;

    @BeforeAll
    static void decodeEverything() throws Exception {
        Stream.of("zint", "qrencode", "dmtxwrite", "dmtxread", "zbarimg").forEach(Tools::require);
        clean(DIR);
        Files.createDirectories(DIR);
        BarcodeDecoder kassa = new BarcodeDecoder(BarcodeDecoder.Mode.STILL);
        Random random = new Random(20261125);
        for (Generator g : Generator.values()) {
            // Two generators for DataMatrix and QR, one for code128 and PDF417: twice the payloads there.
            int payloads = g == Generator.ZINT_CODE128 || g == Generator.ZINT_PDF417
                    ? 2 * PAYLOADS_PER_GENERATOR : PAYLOADS_PER_GENERATOR;
            for (int n = 0; n < payloads; n++) {
                String payload = n == 0 ? Payloads.TOTP : koshelekLike(random, n % 3 != 2);
                String name = g + "-" + n;
                var code = g.image(payload.getBytes(StandardCharsets.UTF_8), DIR, name);
                for (Set set : Set.values()) {
                    if (set == Set.SMALL && g.symbology == Symbology.PDF_417) {
                        continue; // the PDF417 goal is about the mild set only
                    }
                    for (int k = 0; k < PICTURES_PER_SET * (g.symbology == Symbology.PDF_417 ? 2 : 1); k++) {
                        Perturbation p = Perturbation.random(random, set.minModule, set.maxModule, set.maxBlurModules);
                        Path file = DIR.resolve(name + "-" + set + "-" + p.label() + ".png");
                        ImageIO.write(p.apply(code, g.modulePixels), "png", file.toFile());
                        Optional<DecodedCode> read = kassa.decode(ImageFileFrameSource.read(file));
                        boolean right = read.isPresent() && read.get().text().equals(payload)
                                && read.get().symbology() == g.symbology;
                        if (read.isPresent() && !right) {
                            KASSA_MISREADS.add(file.getFileName() + ": " + read.get());
                        }
                        // Video on every other small picture only: twelve camera frames cost twelve still looks.
                        Boolean video = set == Set.SMALL && k == 0
                                ? inVideo(ImageIO.read(file.toFile()), g, payload) : null;
                        CASES.add(new Case(g, set, payload, file, right, video, independent(g.symbology, file)
                                .map(text -> text.equals(payload))));
                    }
                }
            }
        }
        Files.writeString(Path.of("target", "independent-decode.md"), report());
    }

    /** The picture held to a 960x540 camera for 12 frames (every video look gets its turn). */
    private static boolean inVideo(BufferedImage picture, Generator g, String payload) {
        Frame frame = VideoFrames.place(picture, 960, 540, 3);
        BarcodeDecoder video = new BarcodeDecoder(BarcodeDecoder.Mode.VIDEO);
        for (int n = 0; n < DecodeRateTest.VIDEO_FRAMES; n++) {
            Optional<DecodedCode> read = video.decode(frame);
            if (read.isPresent()) {
                boolean right = read.get().text().equals(payload) && read.get().symbology() == g.symbology;
                if (!right) {
                    KASSA_MISREADS.add("video " + g + ": " + read.get());
                }
                return right;
            }
        }
        return false;
    }

    /** What dmtxread or zbarimg reads in the file; empty for PDF417, which neither reads. */
    private static Optional<String> independent(Symbology s, Path file) throws IOException, InterruptedException {
        return switch (s) {
            case DATA_MATRIX -> Optional.of(Dmtx.read(file, DIR).orElse(""));
            case QR_CODE, CODE_128 -> Optional.of(Zbar.read(file, DIR).orElse(""));
            case PDF_417 -> Optional.empty();
        };
    }

    /** A Koshelek TOTP barcode: CM, a 13-digit account, optionally a session id, an 8-digit password. */
    static String koshelekLike(Random r, boolean withSession) {
        StringBuilder s = new StringBuilder("CM");
        r.ints(13, 0, 10).forEach(s::append);
        s.append('=');
        if (withSession) {
            r.ints(6, 0, 36).forEach(i -> s.append(Character.toUpperCase(Character.forDigit(i, 36))));
            s.append('=');
        }
        r.ints(8, 0, 10).forEach(s::append);
        return s.toString();
    }

    private static void clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    static long kassaReads(Symbology s, Set set) {
        return of(s, set).filter(Case::kassa).count();
    }

    static long otherReads(Symbology s, Set set) {
        return of(s, set).filter(c -> c.other.orElse(false)).count();
    }

    static String videoReads(Symbology s, Set set) {
        List<Case> tried = of(s, set).filter(c -> c.video != null).toList();
        return tried.isEmpty() ? "–" : tried.stream().filter(Case::video).count() + " of " + tried.size();
    }

    static Stream<Case> of(Symbology s, Set set) {
        return CASES.stream().filter(c -> c.generator.symbology == s && (set == null || c.set == set));
    }

    @Test
    void dataMatrixReadsAtLeastAsManyAsDmtxread() {
        assertThat(kassaReads(Symbology.DATA_MATRIX, null)).as(report())
                .isGreaterThanOrEqualTo(otherReads(Symbology.DATA_MATRIX, null));
    }

    @Test
    void qrReadsAtLeastAsManyAsZbarimg() {
        assertThat(kassaReads(Symbology.QR_CODE, null)).as(report())
                .isGreaterThanOrEqualTo(otherReads(Symbology.QR_CODE, null));
    }

    @Test
    void code128ReadsAtLeastAsManyAsZbarimg() {
        assertThat(kassaReads(Symbology.CODE_128, null)).as(report())
                .isGreaterThanOrEqualTo(otherReads(Symbology.CODE_128, null));
    }

    @Test
    void pdf417ReadsAtLeast90PercentOfMildPerturbations() {
        long all = of(Symbology.PDF_417, Set.MILD).count();
        assertThat(kassaReads(Symbology.PDF_417, Set.MILD)).as(report())
                .isGreaterThanOrEqualTo((long) Math.ceil(0.9 * all));
    }

    @Test
    void kassaNeverReadsAWrongText() {
        assertThat(KASSA_MISREADS).isEmpty();
    }

    static String report() {
        StringBuilder md = new StringBuilder("# Kassa against independent decoders (IndependentDecoderTest)\n\n"
                + "| symbology | set | images | Kassa still | independent decoder | Kassa video 960x540, 12 frames |\n"
                + "|---|---|---|---|---|---|\n");
        for (Symbology s : Symbology.values()) {
            for (Set set : Set.values()) {
                long n = of(s, set).count();
                if (n > 0) {
                    md.append("| ").append(s).append(" | ").append(set).append(" | ").append(n).append(" | ")
                            .append(kassaReads(s, set)).append(" | ")
                            .append(s == Symbology.PDF_417 ? "n/a" : otherReads(s, set) + (s == Symbology.DATA_MATRIX
                                    ? " (dmtxread)" : " (zbarimg)")).append(" | ")
                            .append(videoReads(s, set)).append(" |\n");
                }
            }
        }
        md.append("\nMissed by Kassa (file: independent decoder read it?):\n\n");
        CASES.stream().filter(c -> !c.kassa).forEach(c -> md.append("- ").append(c.file.getFileName())
                .append(": ").append(c.other.map(String::valueOf).orElse("n/a")).append('\n'));
        return md.toString();
    }
}
