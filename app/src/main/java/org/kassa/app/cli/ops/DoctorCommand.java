package org.kassa.app.cli.ops;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.cli.Json;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.KassaSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kassa doctor}: checks the set-up; a table for a person, {@code --json} for a script. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks the set-up: configuration, database, free space, Pay API (reachable, credentials",
            "accepted), clock, printer, scanners, postback receiver. Each problem comes with what to do.",
            "Exit 0 when nothing is a problem (warnings allowed), 1 otherwise."})
public final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--json", description = "One JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        List<Check> checks;
        Doctor doctor;
        try {
            KassaSettings settings = config.validate(config.located());
            doctor = new Doctor(Doctor.language(settings));
            checks = doctor.run(settings);
        } catch (ConfigException e) {
            doctor = new Doctor(Locale.forLanguageTag("ru"));
            checks = doctor.configRefused(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean ok = checks.stream().noneMatch(Check::problem);
        if (json) {
            out.println(Json.line(report(checks, ok)));
        } else {
            table(doctor, checks, out);
        }
        out.flush();
        return ok ? 0 : 1;
    }

    /** The JSON object of a report: also what {@code kassa support-bundle} packs as doctor.json. */
    static Map<String, Object> report(List<Check> checks, boolean ok) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kassa", version());
        report.put("ok", ok);
        report.put("checks", checks.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("check", c.id());
            row.put("status", c.status().label());
            row.put("detail", c.detail());
            row.put("fix", c.fix());
            return row;
        }).toList());
        return report;
    }

    private static void table(Doctor doctor, List<Check> checks, PrintWriter out) {
        int width = checks.stream().mapToInt(c -> doctor.title(c.id()).length()).max().orElse(10);
        for (Check c : checks) {
            out.printf("%-8s %-" + width + "s  %s%n", doctor.statusLabel(c.status()), doctor.title(c.id()), c.detail());
            if (!c.fix().isEmpty()) {
                out.printf("%-8s %-" + width + "s  -> %s%n", "", "", c.fix());
            }
        }
    }

    static String version() {
        String v = DoctorCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
