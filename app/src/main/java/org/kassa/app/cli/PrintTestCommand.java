package org.kassa.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.PrinterConfig;
import org.kassa.printer.EncodingWarning;
import org.kassa.printer.PrintJob;
import org.kassa.printer.PrintSpooler;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterSettings;
import org.kassa.printer.PrinterTips;
import org.kassa.printer.SlipData;
import org.kassa.printer.Slips;
import org.kassa.printer.VirtualPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kassa print-test}: a code-page test and a sample Koshelek slip on the configured or given printer. */
@Command(name = "print-test", mixinStandardHelpOptions = true,
        description = "Prints a code-page test and a sample Koshelek slip, then one JSON line "
                + "{printer, profile, jobId, bytes, status, warnings}; status PRINTED_STATUS_UNKNOWN (with a warning "
                + "on stderr) when the printer took the job but never answered the status query. Exits 1 with the "
                + "reason and what to do if the printer fails.")
public final class PrintTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--printer", paramLabel = "ADDRESS", description = "tcp://HOST[:PORT], "
            + "serial:/dev/ttyUSB0[,baud=N], file:/dev/usb/lp0 or virtual (printer.address).")
    String printer;

    @Option(names = "--profile", paramLabel = "NAME|FILE",
            description = "epson, epson-58, star, rongta, clone-58 or a profile .properties file (printer.profile).")
    String profile;

    @Option(names = "--language", paramLabel = "ru|en", description = "Language of the labels (printer.language).")
    String language;

    @Option(names = "--preview", paramLabel = "PNG",
            description = "Also write the test page as the printer would print it to this PNG file.")
    Path preview;

    @Override
    public Integer call() {
        ConfigFile file = config.load();
        PrinterSettings settings = PrinterConfig.settings(file
                .withFlag("printer.address", printer, "--printer")
                .withFlag("printer.profile", profile, "--profile")
                .withFlag("printer.language", language, "--language"));
        // advice is operator text: the till's language, not the language printed on the slips
        PrinterTips tips = PrinterTips.forLanguage(file.string("ui.language"));
        var page = Slips.testPage(settings.profile(), SlipData.sample(true), settings.language());
        try (Printer device = settings.open()) {
            PrintJob job = new PrintSpooler(device, settings.timeout()).print(page);
            if (job.status() == PrintJob.Status.PRINTED_STATUS_UNKNOWN) {
                spec.commandLine().getErr().println("kassa: warning: printer " + device.address()
                        + ": status unknown: " + tips.statusUnknown(device.address()));
            }
            if (preview != null) {
                writePreview(new VirtualPrinter(settings.profile()), page.bytes());
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("printer", device.address());
            json.put("profile", settings.profile().name());
            json.put("jobId", job.id());
            json.put("bytes", job.bytes().length);
            json.put("status", job.status().name());
            json.put("warnings", job.warnings().stream().map(EncodingWarning::message).toList());
            spec.commandLine().getOut().println(Json.line(json));
            return 0;
        } catch (PrinterException e) {
            throw new CommandFailure("printer " + settings.address() + ": " + e.failure() + ": " + e.getMessage()
                    + ". " + tips.advice(e, settings.address().toString()));
        }
    }

    private void writePreview(VirtualPrinter virtual, byte[] bytes) {
        try {
            if (!ImageIO.write(virtual.preview(bytes), "png", preview.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot write the preview " + preview + " (" + e.getMessage()
                    + "); check the folder exists and is writable");
        }
    }
}
