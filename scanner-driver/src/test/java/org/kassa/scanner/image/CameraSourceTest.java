package org.kassa.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.scanner.Recorder;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.kassa.scanner.SourceRegistry;
import org.kassa.scanner.Symbology;

/** The image-sequence camera used by training mode: frames from files made by qrencode and zint. */
class CameraSourceTest {

    @TempDir
    Path dir;

    Path frame(int index, BufferedImage image) throws Exception {
        Path file = dir.resolve(String.format("frame-%03d.png", index));
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void codeInConsecutiveFramesIsReportedOnceAndAgainOnlyAfterItWasGone() throws Exception {
        BufferedImage a = Distortion.onWhite(Generator.QRENCODE.image(
                Payloads.TOTP.getBytes(StandardCharsets.UTF_8), dir, "a"), 20);
        BufferedImage b = Distortion.onWhite(Generator.ZINT_DATAMATRIX.image(
                Payloads.GS1_WITH_GS.getBytes(StandardCharsets.UTF_8), dir, "b"), 20);
        BufferedImage blank = new BufferedImage(a.getWidth(), a.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage noisyA = Distortion.noise(Distortion.rotate(a, 4), 15, 3);
        // each code stays at least two frames, as when held to a camera (video mode varies its look per frame)
        List<BufferedImage> film = List.of(a, noisyA, a, blank, a, blank, blank, blank, a, a, b, b, a, a);
        for (int i = 0; i < film.size(); i++) {
            frame(i, film.get(i));
        }
        Files.writeString(dir.resolve("frame-005b.png"), "not a picture"); // skipped, not fatal

        Recorder recorder = new Recorder();
        BlockingQueue<SourceHealth> health = recorder.health;
        BlockingQueue<ScannedCode> scans = recorder.scans;
        try (SourceRegistry registry = new SourceRegistry()) {
            registry.addListener(recorder);
            registry.add(new CameraSource("camera:training", () -> ImageFileFrameSource.of(dir, Duration.ZERO),
                    BarcodeDecoder.Mode.VIDEO, 2, Duration.ofSeconds(1)));
            for (SourceHealth h = health.poll(30, TimeUnit.SECONDS); h.state() != SourceHealth.State.STOPPED;
                 h = health.poll(30, TimeUnit.SECONDS)) {
                assertThat(h.state()).isEqualTo(SourceHealth.State.READY);
            }
            assertThat(registry.health().get("camera:training").reason())
                    .isEqualTo(SourceHealth.Reason.PICTURES_ENDED);
        }
        assertThat(scans).extracting(ScannedCode::text)
                .containsExactly(Payloads.TOTP, Payloads.TOTP, Payloads.GS1_WITH_GS, Payloads.TOTP);
        assertThat(scans).extracting(ScannedCode::symbology).containsExactly(Symbology.QR_CODE,
                Symbology.QR_CODE, Symbology.DATA_MATRIX, Symbology.QR_CODE);
        assertThat(scans).extracting(ScannedCode::sourceId).containsOnly("camera:training");
    }

    @Test
    void missingFolderSaysWhatToGive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImageFileFrameSource.of(dir.resolve("nope"),
                Duration.ZERO)).hasMessageContaining("no such file or folder");
    }
}
