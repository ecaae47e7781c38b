package org.kassa.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the module behind it lands; it says so instead of pretending to work. */
@Command(name = "scan-image", mixinStandardHelpOptions = true, description = "Decodes barcodes in image files.")
public final class ScanImageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandFailure("'scan-image' is not available in this build yet");
    }
}
