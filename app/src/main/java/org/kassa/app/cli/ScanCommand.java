package org.kassa.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kassa.app.cli.scanner.SourceSpec;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.ScannerConfig;
import org.kassa.scanner.BarcodeSource;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.kassa.scanner.SourceRegistry;
import org.kassa.scanner.serial.SerialPorts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa scan}: prints codes read by serial scanners, webcams or image files, one JSON line each. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Prints codes read from scanners as JSON lines {source, text, format, time}. Without "
                + "--source it reads the scanners of the configuration (scanner.serial.port, "
                + "scanner.camera.device, scanner.camera.images). Device changes go to stderr.")
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "serial:/dev/ttyACM0[,baud=9600][,framing=8N1][,terminator=cr|lf|crlf|none]"
                    + "[,charset=UTF-8], image:FILE_OR_FOLDER or camera:/dev/video0; repeatable.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--count", paramLabel = "N", description = "Stop after N codes.")
    Integer count;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop after this many seconds; with --count, fewer codes than N is a failure.")
    Integer timeout;

    @Option(names = "--list-ports", description = "List the serial ports of this computer and exit.")
    boolean listPorts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (listPorts) {
            SerialPorts.list().forEach(p -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("port", p.path());
                json.put("description", p.description());
                out.println(Json.line(json));
            });
            return 0;
        }
        if (count != null && count < 1) {
            throw new ParameterException(spec.commandLine(), "--count: must be 1 or more");
        }
        if (timeout != null && timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout: must be 1 second or more");
        }
        List<BarcodeSource> chosen = chosenSources(config.load());
        AtomicInteger read = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        try (SourceRegistry registry = new SourceRegistry()) {
            registry.addListener(new ScanListener() {
                @Override
                public synchronized void onScan(ScannedCode code) {
                    if (count != null && read.get() >= count) {
                        return;
                    }
                    out.println(Json.line(json(code)));
                    out.flush();
                    if (count != null && read.incrementAndGet() >= count) {
                        done.countDown();
                    }
                }

                @Override
                public void onHealth(String sourceId, SourceHealth health) {
                    spec.commandLine().getErr().println("kassa: " + sourceId + ": " + health.state() + " ("
                            + health.detail() + ")");
                    if (health.reason() == SourceHealth.Reason.PICTURES_ENDED
                            && finished.incrementAndGet() == chosen.size()) {
                        done.countDown();
                    }
                }
            });
            chosen.forEach(registry::add);
            boolean completed = timeout == null ? awaitForever(done) : done.await(timeout, TimeUnit.SECONDS);
            if (!completed && count != null) {
                throw new CommandFailure("timed out after " + timeout + " s with " + read.get() + " of " + count
                        + " codes; check that the scanner is connected and configured (see stderr)");
            }
        }
        if (count != null && read.get() < count) {
            throw new CommandFailure("the sources ended with " + read.get() + " of " + count + " codes");
        }
        return 0;
    }

    private static boolean awaitForever(CountDownLatch done) throws InterruptedException {
        done.await();
        return true;
    }

    private List<BarcodeSource> chosenSources(ConfigFile c) {
        List<BarcodeSource> out = new ArrayList<>();
        for (String s : sources) {
            try {
                out.add(SourceSpec.parse(s, c));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--source: " + e.getMessage());
            }
        }
        if (sources.isEmpty()) {
            ScannerConfig.serial(c).map(org.kassa.scanner.serial.SerialScannerSource::new).ifPresent(out::add);
            ScannerConfig.camera(c).map(org.kassa.scanner.camera.CameraSettings::source).ifPresent(out::add);
            ScannerConfig.trainingImages(c).map(p -> SourceSpec.parse("image:" + p, c)).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--source: none given and none configured; "
                    + "give e.g. --source serial:/dev/ttyACM0 or set scanner.serial.port");
        }
        return out;
    }

    static Map<String, Object> json(ScannedCode code) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", code.sourceId());
        json.put("text", code.text());
        json.put("format", code.knownSymbology().map(Enum::name).orElse(null));
        json.put("time", code.timestamp().toString());
        return json;
    }
}
