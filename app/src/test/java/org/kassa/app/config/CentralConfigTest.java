package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.central.CentralSettings;

/** {@code store.central.*}: validated once, one line per problem, the password never shown (decision 0172). */
class CentralConfigTest {

    @TempDir
    Path home;

    KassaSettings load(Map<String, String> env, String... lines) throws Exception {
        Path file = Files.writeString(Files.createTempFile(home, "kassa", ".properties"),
                String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return KassaSettings.load(file, new HostEnvironment(home, env, "Linux"));
    }

    @Test
    void anEmptyUrlMeansNoCentralStore() throws Exception {
        assertThat(load(Map.of(), "kassa.mode = test").central()).isEmpty();
    }

    @Test
    void aConfiguredStoreKeepsItsUrlUserAndPasswordAndNeverShowsThePassword() throws Exception {
        KassaSettings s = load(Map.of(), "kassa.mode = production",
                "store.central.url = jdbc:postgresql://shop-server:5432/kassa?sslmode=verify-full",
                "store.central.user = till1", "store.central.password = s3cret-Pw");
        CentralSettings c = s.central().orElseThrow();
        assertThat(c.url()).isEqualTo("jdbc:postgresql://shop-server:5432/kassa?sslmode=verify-full");
        assertThat(c.user()).isEqualTo("till1");
        assertThat(new String(c.password())).isEqualTo("s3cret-Pw");
        assertThat(c.toString()).doesNotContain("s3cret-Pw").contains("password=***");
        assertThat(s.toString()).doesNotContain("s3cret-Pw");
    }

    @Test
    void theEnvironmentTakesThePlaceOfTheFilesUserAndPassword() throws Exception {
        KassaSettings s = load(Map.of("KASSA_CENTRAL_USER", "till2", "KASSA_CENTRAL_PASSWORD", "from-env"),
                "kassa.mode = test", "store.central.url = jdbc:postgresql://db/kassa",
                "store.central.user = till1", "store.central.password = from-file");
        CentralSettings c = s.central().orElseThrow();
        assertThat(c.user()).isEqualTo("till2");
        assertThat(new String(c.password())).isEqualTo("from-env");
    }

    @Test
    void trainingModeNeverUsesTheCentralStoreButStillChecksTheValues() throws Exception {
        assertThat(load(Map.of(), "kassa.mode = training", "store.central.url = jdbc:postgresql://db/kassa",
                "store.central.user = till1").central()).isEmpty();
        assertThatThrownBy(() -> load(Map.of(), "kassa.mode = training", "store.central.url = postgres://db/kassa"))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void badValuesAreRefusedInOneLineNamingTheKeyAndWhatIsAllowed() {
        assertRefused("store.central.url = jdbc:mysql://db/kassa", "store.central.url",
                "'jdbc:mysql://db/kassa' is not a PostgreSQL JDBC URL; allowed: empty (no central store) or "
                        + "jdbc:postgresql://HOST[:PORT]/DATABASE[?sslmode=…]");
        assertRefused("store.central.url = jdbc:postgresql://shop-server:5432", "store.central.url",
                "names no server or no database");
        assertRefused("store.central.url = jdbc:postgresql://db/kassa?sslmode=verify_full", "store.central.url",
                "sslmode 'verify_full' is not allowed; allowed: allow, disable, prefer, require, verify-ca, "
                        + "verify-full; did you mean verify-full?");
        assertRefused("store.central.url = jdbc:postgresql://db/kassa", "store.central.user",
                "is empty although store.central.url is set; set it (or KASSA_CENTRAL_USER)");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> load(Map.of(), "kassa.mode = test",
                "store.central.url = jdbc:postgresql://db/kassa?user=k&password=hunter22"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.central.url: the value carries a password; remove it from the URL and "
                        + "set store.central.password or KASSA_CENTRAL_PASSWORD instead")
                .hasMessageNotContaining("hunter22");
    }

    private void assertRefused(String line, String key, String text) {
        assertThatThrownBy(() -> load(Map.of(), "kassa.mode = test", line))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> {
                    assertThat(((ConfigException) e).key()).isEqualTo(key);
                    assertThat(e.getMessage()).contains(key + ": ").contains(text).doesNotContain("\n");
                });
    }
}
