package org.kassa.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.kassa.scanner.Symbology;
import org.kassa.scanner.Tools;

/**
 * zbarimg, the independent decoder we compare with; it reads code128 and QR (not DataMatrix or PDF417).
 * {@code -Sbinary}: without it zbar guesses the charset and reads short Cyrillic QR text as Shift-JIS.
 */
final class Zbar {

    private Zbar() {
    }

    static boolean supports(Symbology s, String payload) {
        return s == Symbology.QR_CODE || (s == Symbology.CODE_128 && payload.chars().allMatch(c -> c < 0x80));
    }

    /** The text zbarimg reads in the image, if any. */
    static Optional<String> read(BufferedImage image, Path dir, String name) throws IOException, InterruptedException {
        Path png = dir.resolve(name + "-zbar.png");
        ImageIO.write(image, "png", png.toFile());
        return read(png, dir);
    }

    /** The text zbarimg reads in the image file, if any (20 s at most). */
    static Optional<String> read(Path png, Path scratch) throws IOException, InterruptedException {
        Tools.Run run = Tools.run(List.of("zbarimg", "-q", "--raw", "-Sbinary", png.toString()), null, scratch,
                Duration.ofSeconds(20));
        String text = new String(run.output(), StandardCharsets.UTF_8);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return run.exit() == 0 && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }
}
