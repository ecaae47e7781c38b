package org.kassa.app.cli.ops;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kassa.app.cli.ops.Check.Status;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.KassaSettings;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;

/**
 * The checks of {@code kassa doctor}, in the order a person fixes things: configuration, database, disk,
 * Pay API, clock, printer, scanners, receiver. A check that throws unexpectedly becomes a PROBLEM of its own,
 * never the end of the report. Training mode checks the Pay API part against the in-process sandbox.
 */
public final class Doctor {

    private final DoctorTexts texts;

    public Doctor(Locale language) {
        this.texts = new DoctorTexts(language);
    }

    /** The language of the settings' {@code ui.language}. */
    public static Locale language(KassaSettings settings) {
        return Locale.forLanguageTag(settings.uiLanguage().name().toLowerCase(Locale.ROOT));
    }

    /** The one finding when the configuration itself is refused: nothing else can be checked. */
    public List<Check> configRefused(ConfigException e) {
        return List.of(texts.check("config", Status.PROBLEM, "config.refused", e.getMessage()));
    }

    public List<Check> run(KassaSettings settings) {
        List<Check> checks = new ArrayList<>();
        checks.add(texts.check("config", Status.OK, "config.ok", settings.source(), settings.mode().propertyValue(),
                settings.dataDir().toString()));
        StoreChecks store = new StoreChecks(texts);
        checks.add(guarded("database", () -> store.database(settings)));
        checks.add(guarded("disk", () -> store.disk(settings)));
        checks.add(guarded("central", () -> new CentralChecks(texts).central(settings)));
        PayChecks pay = new PayChecks(texts);
        if (settings.training()) {
            try (PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(settings.totp()))) {
                checks.add(guarded("pay", () -> pay.pay(settings, sandbox.baseUrl())));
                checks.add(guarded("clock", () -> pay.clock(sandbox.baseUrl())));
            }
        } else {
            URI url = settings.pay().baseUrl().orElseThrow();
            checks.add(guarded("pay", () -> pay.pay(settings, url)));
            checks.add(guarded("clock", () -> pay.clock(url)));
        }
        DeviceChecks devices = new DeviceChecks(texts);
        checks.add(guarded("printer", () -> devices.printer(settings)));
        checks.add(guarded("scanners", () -> devices.scanners(settings)));
        checks.add(guarded("postback", () -> devices.receiver(settings)));
        return checks;
    }

    /** The heading of a check for the table. */
    public String title(String id) {
        return texts.title(id);
    }

    public String statusLabel(Status status) {
        return texts.format("doctor.status." + status.label());
    }

    private Check guarded(String id, Supplier<Check> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            return texts.check(id, Status.PROBLEM, "unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
