package org.kassa.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kassa.scanner.Symbology;

/**
 * Independent barcode generators, run as the real command-line tools. Payload bytes go through a file, so
 * Cyrillic (UTF-8) and control characters such as GS reach the tool exactly, whatever the locale.
 */
public enum Generator {
    ZINT_CODE128(Symbology.CODE_128, "zint", "--barcode=20", "--binary", "--scale=1", "--height=60"),
    ZINT_PDF417(Symbology.PDF_417, "zint", "--barcode=55", "--binary", "--scale=1.5"),
    ZINT_DATAMATRIX(Symbology.DATA_MATRIX, "zint", "--barcode=71", "--binary", "--scale=2"),
    ZINT_QR(Symbology.QR_CODE, "zint", "--barcode=58", "--binary", "--scale=2"),
    QRENCODE(Symbology.QR_CODE, "qrencode", "-8", "-s", "4", "-m", "4"),
    DMTXWRITE(Symbology.DATA_MATRIX, "dmtxwrite", "-d", "4", "-m", "16");

    final Symbology symbology;
    private final List<String> command;

    Generator(Symbology symbology, String... command) {
        this.symbology = symbology;
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
        ProcessBuilder pb;
        if (tool().equals("zint")) {
            cmd.add("--input=" + input);
            cmd.add("--output=" + png);
            pb = new ProcessBuilder(cmd);
        } else {
            cmd.add("-o");
            cmd.add(png.toString());
            pb = new ProcessBuilder(cmd).redirectInput(input.toFile());
        }
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(png)) {
            throw new IOException(cmd + " failed: " + out);
        }
        return png;
    }

    public BufferedImage image(byte[] payload, Path dir, String name) throws IOException, InterruptedException {
        return ImageIO.read(write(payload, dir, name).toFile());
    }
}
