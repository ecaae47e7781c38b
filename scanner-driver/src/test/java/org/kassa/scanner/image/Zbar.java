package org.kassa.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kassa.scanner.Symbology;

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
        Process p = new ProcessBuilder("zbarimg", "-q", "--raw", "-Sbinary", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(20, TimeUnit.SECONDS);
        String text = new String(out, StandardCharsets.UTF_8);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return p.exitValue() == 0 && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }
}
