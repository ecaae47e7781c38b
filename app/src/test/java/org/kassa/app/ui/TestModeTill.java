package org.kassa.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.sandbox.PaySandbox;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.TillStore;

/** Test-mode settings (no training shortcuts) against a sandbox on loopback, a fresh data folder under target/. */
public final class TestModeTill {

    private TestModeTill() {
    }

    public static KassaSettings settings(PaySandbox sandbox) throws IOException {
        return settings(sandbox, List.of());
    }

    /** The same with more {@code key = value} lines for the file. */
    public static KassaSettings settings(PaySandbox sandbox, List<String> moreLines) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "ui-test-tills",
                UUID.randomUUID().toString())).toAbsolutePath();
        String slashed = dir.toString().replace('\\', '/');
        Path file = Files.writeString(dir.resolve("kassa.properties"), String.join("\n",
                "kassa.mode = test", "ui.language = ru", "kassa.dataDir = " + slashed,
                "pay.baseUrl.test = " + sandbox.baseUrl(), "pay.login = " + sandbox.login(),
                "pay.password = " + sandbox.password(), "printer.address = file:" + slashed + "/printer.bin",
                String.join("\n", moreLines)) + "\n",
                StandardCharsets.UTF_8);
        return KassaSettings.load(file, new HostEnvironment(dir.resolve("home"), Map.of(), "Linux"));
    }

    /** Adds the till's first user, an administrator, straight into the store (as {@code kassa user add} does). */
    public static void addAdministrator(KassaSettings settings, String login, String pin) throws IOException {
        Files.createDirectories(settings.dataDir());
        try (TillStore store = TillStore.open(settings.jdbcUrl())) {
            new Staff(store, store.settings().tillId(), Clock.systemUTC())
                    .add(login, login, Role.ADMINISTRATOR, pin.toCharArray(), null);
        }
    }
}
