package org.kassa.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kassa.scanner.image.BarcodeDecoder;
import org.kassa.scanner.image.DecodedCode;
import org.kassa.scanner.image.ImageFileFrameSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kassa scan-image FILE…}: the code in each picture, as the till's camera would read it. */
@Command(name = "scan-image", mixinStandardHelpOptions = true,
        description = "Decodes the code128, PDF417, DataMatrix or QR code in each image file and prints one JSON "
                + "line per file: {file, text, format} or {file, error}. Exits 1 if any file had no code.")
public final class ScanImageCommand implements Callable<Integer> {

    static final String NOT_FOUND = "no code128, PDF417, DataMatrix or QR code found; take the picture "
            + "sharper, closer or straighter";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PNG, JPEG, BMP or GIF files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BarcodeDecoder decoder = new BarcodeDecoder(BarcodeDecoder.Mode.STILL);
        int failed = 0;
        for (Path file : files) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            try {
                Optional<DecodedCode> code = decoder.decode(ImageFileFrameSource.read(file));
                if (code.isPresent()) {
                    json.put("text", code.get().text());
                    json.put("format", code.get().symbology().name());
                } else {
                    json.put("error", NOT_FOUND);
                }
            } catch (IOException e) {
                json.put("error", e.getMessage());
            }
            failed += json.containsKey("error") ? 1 : 0;
            out.println(Json.line(json));
        }
        out.flush();
        if (failed > 0) {
            throw new CommandFailure(failed + " of " + files.size() + " files had no readable code (see their "
                    + "\"error\")");
        }
        return 0;
    }
}
