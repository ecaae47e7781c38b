package org.kassa.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;

/**
 * The settings screen's fields and messages: every key of kassa.properties in its section, and for each refused
 * value exactly the message Kassa itself gives when it starts with that value in its file.
 */
class ConfigFormTest {

    private final Path dir = folder();
    private final HostEnvironment host = new HostEnvironment(dir.resolve("home"), Map.of(), "Linux");

    @Test
    void everyKeyAppearsOnceInTheSectionsOfTheFile() {
        var groups = ConfigForm.groups();
        assertThat(groups).extracting(ConfigForm.Group::title).startsWith("Mode", "Store (the till's database)")
                .contains("Koshelek Pay API", "Craftgate meal voucher cards", "Scanners", "Receipt printer");
        var keys = groups.stream().flatMap(g -> g.entries().stream()).map(ConfigForm.Entry::key).toList();
        assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ConfigFile.defaults().keys());
        var mode = groups.get(0).entries().get(0);
        assertThat(mode.key()).isEqualTo("kassa.mode");
        assertThat(mode.description()).contains("production : real payments");
        var interval = groups.stream().flatMap(g -> g.entries().stream())
                .filter(e -> e.key().equals("totp.interval")).findFirst().orElseThrow();
        assertThat(interval.description()).as("only the comment right above the key")
                .isEqualTo("Password step in seconds");
        assertThat(groups.stream().flatMap(g -> g.entries().stream()).filter(ConfigForm.Entry::secret)
                .map(ConfigForm.Entry::key)).contains("pay.password", "totp.key", "mealcard.secretKey");
    }

    @Test
    void eachRefusedValueGetsTheMessageKassaStopsWithAtStart() throws IOException {
        Path file = dir.resolve("kassa.properties");
        Map<String, String> values = new java.util.LinkedHashMap<>(ConfigForm.values(ConfigFile.defaults()));
        values.put("kassa.dataDir", dir.toString());
        values.put("totp.passLength", "99");
        values.put("ui.key.cash", "F111");
        values.put("printer.profile", "epsno");

        Map<String, String> problems = ConfigForm.problems(values, file.toString(), host);

        assertThat(problems).containsOnlyKeys("totp.passLength", "ui.key.cash", "printer.profile");
        for (String key : problems.keySet()) {
            assertThat(problems.get(key)).isEqualTo(startWith(file, key + " = " + values.get(key)));
        }
        assertThat(problems.get("ui.key.cash")).startsWith(file + ": ui.key.cash: 'F111' is not allowed");
    }

    @Test
    void acceptedValuesHaveNoMessage() {
        Map<String, String> values = new java.util.LinkedHashMap<>(ConfigForm.values(ConfigFile.defaults()));
        values.put("kassa.dataDir", dir.toString());
        values.put("ui.key.mealcard", "F6");
        assertThat(ConfigForm.problems(values, "kassa.properties", host)).isEmpty();
    }

    /** The oracle: Kassa started with a file holding only this line. */
    private String startWith(Path file, String line) throws IOException {
        Files.writeString(file, "kassa.dataDir = " + dir + "\n" + line + "\n", StandardCharsets.UTF_8);
        ConfigException e = catchThrowableOfType(() -> KassaSettings.load(file, host), ConfigException.class);
        assertThat(e).as("Kassa refuses " + line).isNotNull();
        return e.getMessage();
    }

    static Path folder() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "settings-tests",
                    UUID.randomUUID().toString())).toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
