package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.totp.Algorithm;
import org.kassa.totp.TotpSettings;

/** Kassa's configuration: origins in every message, secrets never repeated, unknown keys refused. */
class ConfigFileTest {

    private static final String SECRET = "0badc0ffee0badc0ffee";

    enum Mode { TRAINING, TEST, PRODUCTION }

    @TempDir
    Path dir;

    @Test
    void builtInDefaultsAreTheTrainingTotpSettings() {
        TotpSettings s = TotpConfig.settings(ConfigFile.defaults());
        assertThat(s.algorithm()).isEqualTo(Algorithm.HMACSHA256);
        assertThat(s.passLength()).isEqualTo(8);
        assertThat(s.prefix()).isEqualTo("CM");
        assertThat(s.intervalSeconds()).isEqualTo(30);
        assertThat(s.cardSessionLength()).isEqualTo(6);
        assertThat(s.delimiter()).isEqualTo("=");
        assertThat(s.driftSteps()).isEqualTo(1);
        assertThat(ConfigFile.defaults().choice("kassa.mode", Mode.class)).isEqualTo(Mode.TRAINING);
    }

    @Test
    void fileValuesOverrideDefaultsAndErrorsNameTheFileAndKey() throws Exception {
        Path file = Files.writeString(dir.resolve("till.properties"), "# comment\ntotp.passLength = 12\ntotp.prefix=KP\n");
        ConfigFile config = ConfigFile.load(file);
        assertThat(config.string("totp.prefix")).isEqualTo("KP");
        assertThat(config.origin("totp.prefix")).isEqualTo(file + ": totp.prefix");
        assertThat(config.origin("totp.delimiter")).isEqualTo("built-in default totp.delimiter");
        ConfigException e = catchThrowableOfType(() -> TotpConfig.settings(config), ConfigException.class);
        assertThat(e.key()).isEqualTo("totp.passLength");
        assertThat(e.getMessage()).isEqualTo(file + ": totp.passLength: '12' is out of range; allowed 1..10");
    }

    @Test
    void flagOverridesNameTheFlag() {
        ConfigFile config = ConfigFile.defaults().with("totp.interval", "-5", "--interval");
        assertThat(catchThrowableOfType(() -> TotpConfig.settings(config), ConfigException.class))
                .hasMessage("--interval: '-5' is out of range; allowed 1..2147483647");
    }

    @Test
    void secretValuesAreNeverRepeated() {
        assertThat(ConfigFile.isSecret("totp.key")).isTrue();
        assertThat(ConfigFile.isSecret("pay.password")).isTrue();
        assertThat(ConfigFile.isSecret("mealcard.secretKey")).isTrue();
        assertThat(ConfigFile.isSecret("totp.prefix")).isFalse();

        ConfigFile odd = ConfigFile.parse("totp.key = " + SECRET + "1", "till.properties");
        assertThat(catchThrowableOfType(() -> TotpConfig.settings(odd), ConfigException.class).getMessage())
                .startsWith("till.properties: totp.key: has an odd number of characters").doesNotContain(SECRET);
        ConfigFile asNumber = ConfigFile.defaults().with("totp.key", SECRET, "--key");
        assertThat(catchThrowableOfType(() -> asNumber.integer("totp.key", 0, 9), ConfigException.class).getMessage())
                .isEqualTo("--key: the value is not a whole number; allowed 0..9");
    }

    @Test
    void unknownKeysAreRefusedWithASuggestionButWithoutTheirValue() {
        ConfigException e = catchThrowableOfType(() -> ConfigFile.parse("totp.kye = " + SECRET, "till.properties"),
                ConfigException.class);
        assertThat(e.getMessage()).startsWith("till.properties: totp.kye: unknown setting; did you mean totp.key?")
                .doesNotContain(SECRET);
        assertThat(catchThrowableOfType(() -> ConfigFile.parse("completely.different = 1", "f"), ConfigException.class))
                .hasMessageStartingWith("f: completely.different: unknown setting;").hasMessageNotContaining("did you mean");
    }

    @Test
    void integerBoolAndChoiceParseAndExplainWhatIsAllowed() {
        ConfigFile c = ConfigFile.defaults();
        assertThat(c.with("totp.interval", "60", "x").integer("totp.interval", 1, 100)).isEqualTo(60);
        assertThat(catchThrowableOfType(() -> c.with("totp.interval", "", "x").integer("totp.interval", 1, 100),
                ConfigException.class)).hasMessage("x: is empty; set a value");
        // Any known key can hold a yes/no value for the parser; ui.language is a convenient one.
        for (String yes : new String[] {"true", "YES", "on"}) {
            assertThat(c.with("ui.language", yes, "x").bool("ui.language")).isTrue();
        }
        for (String no : new String[] {"false", "No", "OFF"}) {
            assertThat(c.with("ui.language", no, "x").bool("ui.language")).isFalse();
        }
        assertThat(catchThrowableOfType(() -> c.with("ui.language", "maybe", "--flag").bool("ui.language"),
                ConfigException.class)).hasMessage("--flag: 'maybe' is not a yes/no value; allowed true or false");
        assertThat(c.with("kassa.mode", "Production", "x").choice("kassa.mode", Mode.class)).isEqualTo(Mode.PRODUCTION);
        assertThat(catchThrowableOfType(() -> c.with("kassa.mode", "live", "m").choice("kassa.mode", Mode.class),
                ConfigException.class)).hasMessage("m: 'live' is not allowed; allowed: training, test, production");
        assertThat(c.with("totp.prefix", "", "x").optional("totp.prefix")).isEmpty();
    }

    @Test
    void controlCharacterDelimitersSurviveTheFileButStraySpacesDoNot() throws Exception {
        // GS (group separator) is the usual field separator of GS1 barcodes; Java calls it whitespace.
        Path file = Files.writeString(dir.resolve("gs.properties"),
                "totp.delimiter = \\u001D\ntotp.prefix = KP  \t\ntotp.passLength =\t6 \n");
        TotpSettings s = TotpConfig.settings(ConfigFile.load(file));
        assertThat(s.delimiter()).isEqualTo("\u001d");
        assertThat(s.prefix()).isEqualTo("KP");
        assertThat(s.passLength()).isEqualTo(6);
        assertThat(TotpConfig.settings(ConfigFile.parse("totp.delimiter = \\u0004", "f")).delimiter()).isEqualTo("\u0004");
    }

    @Test
    void malformedFileIsOneMessageWithWhatToDo() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.properties"), "totp.prefix = \\uZZZZ\n");
        assertThat(catchThrowableOfType(() -> ConfigFile.load(file), ConfigException.class).getMessage())
                .startsWith(file + ": malformed line").contains("key = value");
    }

    @Test
    void everyKnownKeyHasADefault() {
        assertThat(ConfigFile.defaults().keys()).contains("totp.algorithm", "totp.passLength", "totp.prefix", "totp.key",
                "totp.interval", "totp.cardSessionLength", "totp.delimiter", "totp.driftSteps");
    }
}
