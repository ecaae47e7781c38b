package org.kassa.app.cli.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.cli.Json;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.KassaSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kassa support-bundle FILE.zip}: everything support needs, no secret in it. */
@Command(name = "support-bundle", mixinStandardHelpOptions = true,
        description = {"Writes FILE.zip for support: the configuration with every secret masked, the output of",
            "kassa doctor, the journal's last 1,000 calls (card numbers and tokens masked) and the log files.",
            "Prints one JSON line with what went in."})
public final class SupportBundleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The file to write; must not exist yet.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(file)) {
            throw new CommandFailure(file + " already exists; give a new file name, e.g. kassa-support-"
                    + Instant.now().getEpochSecond() + ".zip");
        }
        Path scratch = Files.createTempDirectory(file.toAbsolutePath().getParent(), ".kassa-support-");
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("event", "supportBundle");
        summary.put("file", file.toAbsolutePath().toString());
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
             SupportBundle bundle = new SupportBundle(out)) {
            bundle.text("README.txt", SupportBundle.readme(DoctorCommand.version(), Instant.now()));
            KassaSettings settings = null;
            try {
                ConfigFile located = config.located();
                bundle.text("config.properties", configText(located));
                settings = config.validate(located);
            } catch (ConfigException e) {
                bundle.text("config.txt", "configuration refused: " + e.getMessage() + "\n");
            }
            List<Check> checks;
            if (settings == null) {
                checks = new Doctor(Locale.ENGLISH).configRefused(new ConfigException("", "see config.txt"));
            } else {
                checks = new Doctor(Doctor.language(settings)).run(settings);
            }
            boolean ok = checks.stream().noneMatch(Check::problem);
            bundle.text("doctor.json", Json.line(DoctorCommand.report(checks, ok)) + "\n");
            summary.put("doctorOk", ok);
            if (settings != null) {
                summary.put("journalEntries", bundle.journal(settings, scratch));
                summary.put("logFiles", bundle.logs(LogFiles.folder(settings.dataDir())));
            }
        } finally {
            deleteTree(scratch);
        }
        spec.commandLine().getOut().println(Json.line(summary));
        return 0;
    }

    private static String configText(ConfigFile located) throws IOException {
        Path source = Path.of(located.source());
        if (!Files.isRegularFile(source)) {
            return "# " + located.source() + " (no configuration file: the built-in training configuration)\n";
        }
        return "# " + source.toAbsolutePath() + "\n"
                + ConfigMasking.mask(Files.readString(source, StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
