package org.kassa.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.scanner.Tools;
import org.kassa.scanner.image.BarcodeDecoder;
import org.kassa.scanner.image.DecodedCode;
import org.kassa.scanner.image.Frame;
import org.kassa.scanner.image.ImageFileFrameSource;

/**
 * No webcam and no ffmpeg here: the capture process is replaced by {@code cat} of raw grey frames, which is
 * exactly what {@code ffmpeg -f rawvideo -pix_fmt gray -} writes, so the process and pipe handling are real.
 */
class FfmpegFrameSourceTest {

    @TempDir
    Path dir;

    @Test
    void rawGreyFramesFromAChildProcessDecode() throws Exception {
        Path png = dir.resolve("qr.png");
        Tools.Run qrencode = Tools.run(List.of("qrencode", "-8", "-s", "6", "-o", png.toString(),
                "CM1234567891011=A1G97N=49203817"), null, dir, Duration.ofSeconds(20));
        assertThat(qrencode.exit()).isZero();
        Frame qr = ImageFileFrameSource.read(png);
        Path raw = dir.resolve("frames.gray");
        try (OutputStream out = Files.newOutputStream(raw)) {
            out.write(qr.luminance(), 0, qr.width() * qr.height());
            out.write(new byte[qr.width() * qr.height()]); // a black frame
        }

        try (FfmpegFrameSource source = FfmpegFrameSource.command("test-camera",
                List.of("cat", raw.toString()), qr.width(), qr.height())) {
            BarcodeDecoder decoder = new BarcodeDecoder(BarcodeDecoder.Mode.VIDEO);
            assertThat(decoder.decode(source.next().orElseThrow())).map(DecodedCode::text)
                    .contains("CM1234567891011=A1G97N=49203817");
            assertThat(decoder.decode(source.next().orElseThrow())).isEmpty();
            assertThat(source.next()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void captureThatFailsReportsItsLastErrorLine() throws Exception {
        try (FfmpegFrameSource source = FfmpegFrameSource.command("/dev/video9",
                List.of("sh", "-c", "echo '/dev/video9: No such file or directory' >&2; exit 1"), 64, 48)) {
            assertThatThrownBy(source::next).hasMessageContaining("/dev/video9: No such file or directory")
                    .hasMessageContaining("check that the camera is plugged in");
        }
    }

    @Test
    void missingFfmpegSaysWhichPackageToInstall() {
        assertThatThrownBy(() -> FfmpegFrameSource.command("/dev/video0", List.of("kassa-no-such-ffmpeg"), 64, 48))
                .hasMessageContaining("install the 'ffmpeg' package");
    }
}
