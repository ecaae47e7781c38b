package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad flag or configuration value: one line on stderr naming it, nothing on stdout, exit code 2. */
class TotpCommandErrorsTest {

    private static final String SECRET = "5ec7e75ec7e75ec7";

    @TempDir
    Path dir;
    private String defaults;

    @BeforeEach
    void emptyConfiguration() throws Exception {
        defaults = Cli.config(dir, "").toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--pass-length    | 11                  | 1..10",
        "--pass-length    | eight               | not a whole number",
        "--algorithm      | MD5                 | HMACSHA256, HMACSHA1",
        "--interval       | 0                   | 1..",
        "--session-length | -1                  | 1..",
        "--drift-steps    | 11                  | 0..10",
        "--delimiter      | x                   | Latin letter",
        "--key            | " + SECRET + "z     | allowed: an even-length hex string",
        "--key            | " + SECRET + "zz    | 0-9, a-f, A-F",
        "--at             | yesterday           | --at",
        "--unknown-flag   | 1                   | --unknown-flag"
    })
    void badFlagIsOneLineNamingItWithExitCode2(String flag, String value, String expected) {
        Cli.Run run = Cli.inProcess("verify-barcode", "--config", defaults, flag, value, "CM1=12345678");
        assertUsageError(run, flag, expected);
    }

    @Test
    void aMistypedSecretFlagNeverEchoesTheSecret() {
        Cli.Run run = Cli.inProcess("verify-barcode", "--config", defaults, "CM1=12345678", "--kye", SECRET);
        assertUsageError(run, "--kye", "did you mean --key");
        assertThat(run.err()).doesNotContain(SECRET);
        Cli.Run joined = Cli.inProcess("verify-barcode", "--config", defaults, "CM1=12345678", "--kye=" + SECRET);
        assertUsageError(joined, "--kye", "unknown option");
        assertThat(joined.err()).doesNotContain(SECRET);
    }

    @Test
    void badCardOrSessionOfMakeBarcodeNamesTheFlag() {
        assertUsageError(Cli.inProcess("make-barcode", "--config", defaults, "--card", "12-34"), "--card", "1..32");
        assertUsageError(Cli.inProcess("make-barcode", "--config", defaults, "--card", "1", "--session", "ABC"),
                "--session", "exactly 6");
        assertUsageError(Cli.inProcess("make-barcode", "--config", defaults), "--card", "Missing required");
    }

    @Test
    void timeBeyondWhatAClockCanShowIsABadFlagNotACrash() {
        assertUsageError(Cli.inProcess("verify-barcode", "--config", defaults, "--at", Long.toString(Long.MAX_VALUE), "CM1=12345678"),
                "--at", "out of range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "totp.passLength = 0           | totp.passLength: '0' is out of range; allowed 1..10",
        "totp.algorithm = SHA3         | totp.algorithm: 'SHA3' is not supported",
        "totp.delimiter = ab           | totp.delimiter:",
        "totp.key = " + SECRET + "q1   | totp.key: has a non-hex character at position 17",
        "totp.interval = 30s           | totp.interval: '30s' is not a whole number"
    })
    void badConfigValueNamesTheFileAndKeyWithExitCode2(String line, String expected) throws Exception {
        Path file = Cli.config(dir, line);
        Cli.Run run = Cli.inProcess("verify-barcode", "--config", file.toString(), "CM1=12345678");
        assertUsageError(run, file + ": " + expected.substring(0, expected.indexOf(':')), expected);
    }

    @Test
    void unknownConfigKeyIsRefusedWithASuggestion() throws Exception {
        Path file = Cli.config(dir, "totp.pasLength = 8");
        assertUsageError(Cli.inProcess("make-barcode", "--config", file.toString(), "--card", "1"),
                file + ": totp.pasLength: unknown setting", "did you mean totp.passLength?");
    }

    @Test
    void missingConfigFileIsOneLineWithWhatToDo() {
        Path missing = dir.resolve("nope.properties");
        assertUsageError(Cli.inProcess("verify-barcode", "--config", missing.toString(), "CM1=12345678"),
                missing.toString(), "not found");
    }

    @Test
    void unreadableTokenFileIsAFailedOperationWithExitCode1() {
        Cli.Run run = Cli.inProcess("token", "--config", defaults, dir.resolve("absent.json").toString());
        assertThat(run.exit()).isEqualTo(KassaCli.EXIT_FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).hasLineCount(1).contains("absent.json").contains("cannot be read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify-barcode", "make-barcode", "token"})
    void helpDescribesEveryOption(String command) {
        Cli.Run run = Cli.inProcess(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--config", "--algorithm", "--pass-length", "--prefix", "--key", "--interval",
                "--session-length", "--delimiter", "--drift-steps", "--help");
        assertThat(run.out()).contains(command.equals("token") ? "--at-millis" : "--at");
        if (command.equals("make-barcode")) {
            assertThat(run.out()).contains("--card", "--session");
        }
    }

    @Test
    void topLevelHelpListsTheTotpCommands() {
        Cli.Run run = Cli.inProcess("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("verify-barcode", "make-barcode", "token");
    }

    static void assertUsageError(Cli.Run run, String names, String says) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isEqualTo(KassaCli.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith(System.lineSeparator());
        assertThat(run.err().strip()).hasLineCount(1).contains(names).contains(says).doesNotContain(SECRET);
    }
}
