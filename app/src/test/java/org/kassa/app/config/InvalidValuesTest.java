package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of value (choice, number, yes/no, URL, list, character set, framing, path, JDBC URL, printer
 * address and profile, TOTP algorithm, exact lengths, pairs that must agree) refused with one message naming
 * the file, the key, the value and what is allowed. Secrets are named but never shown.
 */
class InvalidValuesTest {

    @TempDir
    Path home;

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                bad("kassa.mode", "trainig", "allowed: training, test, production; did you mean training?"),
                bad("ui.language", "de", "allowed: ru, en"),
                bad("printer.language", "fr", "allowed: ru, en"),
                bad("scanner.wedge.terminator", "return", "allowed: enter, tab, none"),
                bad("scanner.serial.terminator", "crcr", "allowed: cr, lf, crlf, none; did you mean cr"),
                bad("totp.passLength", "11", "out of range; allowed 1..10"),
                bad("pay.connectTimeoutMillis", "50", "out of range; allowed 100..30000"),
                bad("mealcard.receiver.port", "http", "not a whole number; allowed 1..65535"),
                bad("pay.postback.port", "70000", "out of range; allowed 1..65535"),
                bad("pay.postback.maxBodyBytes", "10", "allowed 1024..1048576"),
                bad("pay.receipt", "maybe", "allowed true or false"),
                bad("pay.postback.enabled", "si", "allowed true or false"),
                bad("pay.status.firstDelayMillis", "100", "allowed 250..500"),
                bad("mealcard.baseUrl", "ftp://craftgate", "is not an http:// or https:// URL"),
                bad("mealcard.callbackUrl", "till.example/cb", "is not an http:// or https:// URL"),
                bad("pay.storeId", "shop-1", "the store id from Koshelek has 36"),
                bad("scanner.serial.charset", "KOI9", "use UTF-8 or ISO-8859-1"),
                bad("scanner.serial.framing", "9X1", "9X1"),
                bad("kassa.dataDir", "data", "allowed: an absolute path or one starting with ~/"),
                bad("store.jdbcUrl", "postgres://db/kassa", "allowed: empty (the built-in H2 file in kassa.dataDir)"),
                bad("printer.address", "lpt1", "tcp://"),
                bad("printer.profile", "nosuch", "shipped profiles: "),
                bad("totp.algorithm", "MD5", "HMACSHA256"),
                bad("totp.delimiter", "x", "totp.delimiter"));
    }

    static Arguments bad(String key, String value, String allowed) {
        return Arguments.of(key, value, allowed);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void theMessageNamesFileKeyValueAndWhatIsAllowed(String key, String value, String allowed) throws Exception {
        Path file = file(key + " = " + value);
        ConfigException e = refused(file);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.getMessage()).startsWith(file + ": " + key + ": ").contains(value).contains(allowed)
                .doesNotContain("\n");
    }

    @Test
    void modeDependentUrlsAreCheckedInTheirMode() throws Exception {
        Path file = file("kassa.mode = test", "pay.baseUrl.test = api-test.koshelek.app");
        assertThat(refused(file).getMessage()).isEqualTo(file + ": pay.baseUrl.test: 'api-test.koshelek.app' is not "
                + "an http(s) URL, e.g. https://api-test.koshelek.app");
    }

    @Test
    void secretsAreNamedButNotShown() throws Exception {
        for (String line : new String[] {"totp.key = zz9secret", "mealcard.callbackKey = zz9secret",
            "store.jdbcUrl = postgres://db?password=zz9secret"}) {
            Path file = file(line);
            String key = line.substring(0, line.indexOf(' '));
            assertThat(refused(file).getMessage()).as(line).startsWith(file + ": " + key + ": ")
                    .doesNotContain("zz9secret");
        }
    }

    @Test
    void pairsThatMustAgreeNameTheOtherKey() throws Exception {
        Path backoff = file("pay.retry.initialBackoffMillis = 500", "pay.retry.maxBackoffMillis = 100");
        assertThat(refused(backoff).getMessage()).startsWith(backoff + ": pay.retry.maxBackoffMillis: 100 is below "
                + "pay.retry.initialBackoffMillis (500)");
        Path postback = file("pay.postback.enabled = true", "pay.postback.password = x");
        assertThat(refused(postback).getMessage()).startsWith(postback + ": pay.postback.enabled: is true but "
                + "pay.postback.login is empty");
    }

    private ConfigException refused(Path file) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> KassaSettings.load(file, new HostEnvironment(home, Map.of(), "Linux")));
        assertThat(e).as("%s is refused", file).isNotNull();
        return e;
    }

    private Path file(String... lines) throws Exception {
        return Files.writeString(Files.createTempFile(home, "kassa", ".properties"), String.join("\n", lines),
                StandardCharsets.UTF_8);
    }
}
