package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole configuration read once into typed settings; the home folder and environment are the test's own. */
class KassaSettingsTest {

    @TempDir
    Path home;

    HostEnvironment host(Map<String, String> variables) {
        return new HostEnvironment(home, variables, "Linux");
    }

    Path file(String... lines) throws Exception {
        return Files.writeString(Files.createTempFile(home, "kassa", ".properties"), String.join("\n", lines),
                StandardCharsets.UTF_8);
    }

    KassaSettings load(String... lines) throws Exception {
        return KassaSettings.load(file(lines), host(Map.of()));
    }

    @Test
    void withoutAnyFileKassaIsInTrainingModeWithItsOwnDataFolder() {
        KassaSettings s = KassaSettings.load(null, host(Map.of()));
        assertThat(s.source()).isEqualTo("built-in defaults");
        assertThat(s.mode()).isEqualTo(KassaMode.TRAINING);
        assertThat(s.training()).isTrue();
        assertThat(s.uiLanguage()).isEqualTo(Language.RU);
        assertThat(s.dataDir()).isEqualTo(home.resolve(".kassa").resolve("training"));
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:h2:file:" + home.resolve(".kassa/training/kassa"));
        assertThat(s.pay().baseUrl()).isEmpty();
        assertThat(s.pay().client(URI.create("http://127.0.0.1:9999")).baseUrl())
                .isEqualTo(URI.create("http://127.0.0.1:9999"));
        assertThatThrownBy(() -> s.pay().client()).isInstanceOf(IllegalStateException.class);
        assertThat(s.receivers()).as("no meal cards, no postback: nothing listens").isEmpty();
        assertThat(s.totp().prefix()).isEqualTo("CM");
        assertThat(s.printer().address().toString()).contains("virtual");
        assertThat(s.scanners().serial()).isEmpty();
        assertThat(s.mealCards().enabled()).isFalse();
    }

    @Test
    void productionUsesTheDataFolderItselfAndTheConfiguredDatabase() throws Exception {
        Path file = file("kassa.mode = production", "kassa.dataDir = /var/lib/kassa",
                "store.jdbcUrl = jdbc:postgresql://db/kassa", "ui.language = en");
        KassaSettings s = KassaSettings.load(file, host(Map.of()));
        assertThat(s.source()).isEqualTo(file.toString());
        assertThat(s.mode()).isEqualTo(KassaMode.PRODUCTION);
        assertThat(s.dataDir()).isEqualTo(Path.of("/var/lib/kassa"));
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db/kassa");
        assertThat(s.uiLanguage().locale().getLanguage()).isEqualTo("en");
        assertThat(s.pay().client().baseUrl()).isEqualTo(URI.create("https://api.koshelek.app"));
    }

    @Test
    void trainingNeverUsesTheRealDatabase() throws Exception {
        KassaSettings s = load("store.jdbcUrl = jdbc:postgresql://db/kassa", "kassa.dataDir = ~/shop");
        assertThat(s.dataDir()).isEqualTo(home.resolve("shop/training"));
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:h2:file:" + home.resolve("shop/training/kassa"));
    }

    @Test
    void aMistypedModeNamesFileKeyValueAndTheAllowedValues() throws Exception {
        Path file = file("kassa.mode = trainig");
        assertThatThrownBy(() -> KassaSettings.load(file, host(Map.of()))).isInstanceOf(ConfigException.class)
                .hasMessage(file + ": kassa.mode: 'trainig' is not allowed; allowed: training, test, production; "
                        + "did you mean training?");
    }

    @Test
    void theHomeFileIsFoundAndKassaConfigWins() throws Exception {
        Files.createDirectories(home.resolve(".kassa"));
        Files.writeString(home.resolve(".kassa/kassa.properties"), "kassa.mode = test\n");
        assertThat(KassaSettings.load(null, host(Map.of())).mode()).isEqualTo(KassaMode.TEST);

        Path other = file("kassa.mode = production");
        assertThat(KassaSettings.load(null, host(Map.of("KASSA_CONFIG", other.toString()))).mode())
                .isEqualTo(KassaMode.PRODUCTION);
        assertThatThrownBy(() -> KassaSettings.load(null, host(Map.of("KASSA_CONFIG", home + "/gone.properties"))))
                .hasMessageStartingWith("KASSA_CONFIG=" + home + "/gone.properties: configuration file not found");
    }

    @Test
    void aDataFolderThatIsAFileOrRelativeIsRefused() throws Exception {
        Path aFile = file("");
        assertThatThrownBy(() -> load("kassa.dataDir = " + aFile)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("kassa.dataDir: '" + aFile + "' is a file, not a folder");
        assertThatThrownBy(() -> load("kassa.dataDir = data/kassa"))
                .hasMessageContaining("kassa.dataDir: 'data/kassa' is a relative path")
                .hasMessageContaining("allowed: an absolute path or one starting with ~/");
    }

    @Test
    void anUnknownOrMovedKeyIsNamed() throws Exception {
        assertThatThrownBy(() -> load("kassa.moed = test")).hasMessageContaining("kassa.moed: unknown setting; "
                + "did you mean kassa.mode?");
        assertThatThrownBy(() -> load("mealcard.receiver.postbackLogin = partner"))
                .hasMessageContaining("mealcard.receiver.postbackLogin: unknown setting")
                .hasMessageContaining("pay.postback.login");
    }

    @Test
    void toStringShowsNoSecret() throws Exception {
        KassaSettings s = load("pay.password = payPass123", "mealcard.secretKey = craftSecret1",
                "mealcard.callbackKey = abcdefghijklmnopqrstuvwxyz012345", "pay.postback.enabled = true",
                "pay.postback.login = partner", "pay.postback.password = postPass99", "mealcard.enabled = true");
        assertThat(s.toString()).doesNotContain("payPass123", "craftSecret1", "abcdefghijklmnopqrstuvwxyz012345",
                "postPass99", "3132333435363738").contains("TRAINING");
    }
}
