package org.kassa.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.kassa.scanner.Symbology;
import org.kassa.scanner.Tools;

/**
 * Independent barcode generators, run as the real command-line tools. Payload bytes go through a file, so
 * Cyrillic (UTF-8) and control characters such as GS reach the tool exactly, whatever the locale.
 */
public enum Generator {
    ZINT_CODE128(Symbology.CODE_128, 2, "zint", "--barcode=20", "--binary", "--scale=1", "--height=60"),
    ZINT_PDF417(Symbology.PDF_417, 3, "zint", "--barcode=55", "--binary", "--scale=1.5"),
    ZINT_DATAMATRIX(Symbology.DATA_MATRIX, 4, "zint", "--barcode=71", "--binary", "--scale=2"),
    ZINT_QR(Symbology.QR_CODE, 4, "zint", "--barcode=58", "--binary", "--scale=2"),
    QRENCODE(Symbology.QR_CODE, 4, "qrencode", "-8", "-s", "4", "-m", "4"),
    DMTXWRITE(Symbology.DATA_MATRIX, 4, "dmtxwrite", "-d", "4", "-m", "16");

    final Symbology symbology;
    /** Width of one module (the narrowest bar or one matrix cell) in the tool's picture, in pixels. */
    final int modulePixels;
    private final List<String> command;

    Generator(Symbology symbology, int modulePixels, String... command) {
        this.symbology = symbology;
        this.modulePixels = modulePixels;
        this.command = List.of(command);
    }

    String tool() {
        return command.get(0);
    }

    /** Writes the payload as a PNG file made by the tool. */
    public Path write(byte[] payload, Path dir, String name) throws IOException, InterruptedException {
        Path input = Files.write(dir.resolve(name + ".in"), payload);
        Path png = dir.resolve(name + ".png");
        List<String> cmd = new ArrayList<>(command);
        boolean zint = tool().equals("zint");
        cmd.addAll(zint ? List.of("--input=" + input, "--output=" + png) : List.of("-o", png.toString()));
        Tools.Run run = Tools.run(cmd, zint ? null : input, dir, Duration.ofSeconds(20));
        if (run.exit() != 0 || !Files.exists(png)) {
            throw new IOException(cmd + " failed (exit " + run.exit() + "): " + new String(run.output()));
        }
        return png;
    }

    public BufferedImage image(byte[] payload, Path dir, String name) throws IOException, InterruptedException {
        return ImageIO.read(write(payload, dir, name).toFile());
    }
}
