package org.kassa.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.drill.CrashDrill;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.TillStore;
import org.kassa.totp.BarcodeGenerator;
import org.kassa.totp.TotpSettings;

/**
 * The till as a crash test drives it: a data folder, a configuration file (test mode against a given Pay
 * server, a file printer) and the {@code kassa sell} / {@code kassa recover} child processes, all under
 * target/crash/.
 */
public final class CrashRig {

    /** Generous bounds for a loaded 2-core machine; none of them is asserted as a speed. */
    public static final Duration PAUSE_WAIT = Duration.ofSeconds(60);
    public static final Duration RECOVER_WAIT = Duration.ofSeconds(100);
    public static final int SIGKILL_EXIT = 128 + 9;

    private static final String SESSION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path root;
    private final Random cards;

    public CrashRig(String run, long cardSeed) throws IOException {
        this.root = Files.createDirectories(Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
                .resolve("target").resolve("crash").resolve(run + "-" + System.currentTimeMillis()));
        this.cards = new Random(cardSeed);
    }

    /** The TOTP parameters of the configuration the children use (the training defaults). */
    public TotpSettings totp() throws IOException {
        Path dir = Files.createDirectories(root.resolve("probe"));
        return settings(writeConfig(dir, URI.create("http://127.0.0.1:1"), "training", "training", false)).totp();
    }

    /** A fresh folder for one case: its store, its printer file, its configuration. */
    public Path caseDir(String label) throws IOException {
        return Files.createDirectories(root.resolve(label.replaceAll("[^A-Za-z0-9_.-]", "_")));
    }

    /** {@code kassa.mode = test} against {@code payUrl}; a 1 s polling cap when {@code shortCap}. */
    public Path writeConfig(Path dir, URI payUrl, String login, String password, boolean shortCap) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "kassa.mode = test",
                "kassa.dataDir = " + slashes(dir.resolve("data")),
                "pay.baseUrl.test = " + payUrl,
                "pay.login = " + login,
                "pay.password = " + password,
                "printer.address = file:" + slashes(printerFile(dir))));
        if (shortCap) {
            lines.add("pay.status.capMillis = 1000");
        }
        Path config = Files.writeString(dir.resolve("kassa.properties"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        openShift(settings(config).jdbcUrl());
        return config;
    }

    /**
     * Outside training a till sells only in an open shift (decision 0132): the case's store gets an
     * administrator and an open shift before the first child starts, as a merchant would do once a day.
     */
    private static void openShift(String jdbcUrl) {
        try (TillStore store = TillStore.open(jdbcUrl)) {
            String tillId = store.settings().tillId();
            Staff staff = new Staff(store, tillId, Clock.systemUTC());
            if (staff.isEmpty()) {
                staff.add("admin", "Crash harness", Role.ADMINISTRATOR, "2468".toCharArray(), null);
            }
            Shifts shifts = new Shifts(store, tillId, Clock.systemUTC(), staff);
            if (shifts.current().isEmpty()) {
                shifts.open(staff.verify("admin", "2468".toCharArray(), Role.OPERATOR, "shift.open", null), 0, false);
            }
        }
    }

    static Path printerFile(Path dir) {
        return dir.resolve("printer.bin");
    }

    public KassaSettings settings(Path config) {
        return KassaSettings.load(config, new HostEnvironment(config.getParent().resolve("home"), Map.of(), "Linux"));
    }

    /** A card barcode as the Koshelek app shows it now: a new card number and session every time. */
    public String freshCard(TotpSettings totp) {
        StringBuilder session = new StringBuilder();
        for (int i = 0; i < totp.cardSessionLength(); i++) {
            session.append(SESSION_ALPHABET.charAt(cards.nextInt(SESSION_ALPHABET.length())));
        }
        String number = "7771" + String.format(Locale.ROOT, "%09d", cards.nextInt(1_000_000_000));
        return new BarcodeGenerator(totp).barcode(number, session.toString(), System.currentTimeMillis() / 1000);
    }

    /** {@code kassa sell} of one free line paid with Koshelek; the drill armed at {@code pauseAt} unless null. */
    ChildJvm sell(Path dir, Path config, String card, long amount, String pauseAt) throws IOException {
        List<String> options = pauseAt == null ? List.of() : List.of("-D" + CrashDrill.PROPERTY + "=" + pauseAt);
        return ChildJvm.start("sell", dir, options, "sell", "--config", config.toString(), "--card", card,
                "--free", "Item=" + amount, "--tender", "koshelek");
    }

    /** {@code kassa recover}, to its end (bounded); asserts exit 0 and a clean report. */
    List<JsonNode> recover(Path dir, Path config) throws IOException, InterruptedException {
        try (ChildJvm recover = ChildJvm.start("recover", dir, List.of(), "recover", "--config",
                config.toString())) {
            Integer exit = recover.awaitExit(RECOVER_WAIT);
            assertThat(exit).as("kassa recover exit code (null: still running after %s)\n%s", RECOVER_WAIT,
                    recover.report()).isEqualTo(0);
            List<JsonNode> lines = recover.jsonLines();
            assertThat(lines).as(recover.report()).isNotEmpty();
            JsonNode last = lines.get(lines.size() - 1);
            assertThat(last.path("event").asText()).as(recover.report()).isEqualTo("recover");
            assertThat(last.path("clean").asBoolean()).as(recover.report()).isTrue();
            return lines;
        }
    }

    private static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }
}
