package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** init's validation: a bad value names the parameter, the problem and the allowed range, never the key. */
class SettingsValidationTest {

    /** A distinctive key: no part of it may appear in any message. */
    private static final String KEY = "c0ffee15dead5ec7e7b1e55ed0ba5e";

    static Stream<Arguments> badSettings() {
        return Stream.of(
            bad("algorithm", "HMACSHA256, HMACSHA1", () -> TotpSettings.of("MD5", 8, "CM", KEY, 30, 6, "=")),
            bad("algorithm", "HMACSHA256, HMACSHA1", () -> TotpSettings.of(null, 8, "CM", KEY, 30, 6, "=")),
            bad("algorithm", "HMACSHA256, HMACSHA1", () -> new TotpSettings(null, 8, "CM", KEY, 30, 6, "=", 1)),
            bad("passLength", "1..10", () -> TotpSettings.of("HMACSHA1", 0, "CM", KEY, 30, 6, "=")),
            bad("passLength", "1..10", () -> TotpSettings.of("HMACSHA1", 11, "CM", KEY, 30, 6, "=")),
            bad("passLength", "1..10", () -> TotpSettings.of("HMACSHA1", -8, "CM", KEY, 30, 6, "=")),
            bad("prefix", "CM", () -> TotpSettings.of("HMACSHA1", 8, "", KEY, 30, 6, "=")),
            bad("prefix", "CM", () -> TotpSettings.of("HMACSHA1", 8, null, KEY, 30, 6, "=")),
            bad("key", "even-length hex", () -> TotpSettings.of("HMACSHA1", 8, "CM", null, 30, 6, "=")),
            bad("key", "even-length hex", () -> TotpSettings.of("HMACSHA1", 8, "CM", "", 30, 6, "=")),
            bad("key", "even-length hex", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY + "a", 30, 6, "=")),
            bad("key", "0-9, a-f, A-F", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY + "zz", 30, 6, "=")),
            bad("key", "0-9, a-f, A-F", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY + " 0", 30, 6, "=")),
            // Digits of other scripts are digits to Character.digit, but not hex to anyone else.
            bad("key", "0-9, a-f, A-F", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY + "١٢", 30, 6, "=")),
            bad("key", "0-9, a-f, A-F", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY + "ＡＢ", 30, 6, "=")),
            bad("interval", "1 or more", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 0, 6, "=")),
            bad("interval", "1 or more", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, -30, 6, "=")),
            bad("cardSessionLength", "1 or more", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 0, "=")),
            bad("delimiter", "'='", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 6, "")),
            bad("delimiter", "'='", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 6, null)),
            bad("delimiter", "'='", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 6, "x")),
            bad("delimiter", "'='", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 6, "=1=")),
            bad("driftSteps", "0..10", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 6, "=").withDriftSteps(-1)),
            bad("driftSteps", "0..10", () -> TotpSettings.of("HMACSHA1", 8, "CM", KEY, 30, 6, "=").withDriftSteps(11)));
    }

    private static Arguments bad(String parameter, String allowed, Supplier<TotpSettings> init) {
        return Arguments.of(parameter, allowed, init);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badSettings")
    void badValueIsRefusedNamingTheParameterAndTheRangeButNotTheKey(String parameter, String allowed,
                                                                    Supplier<TotpSettings> init) {
        InvalidTotpSettingException e = catchThrowableOfType(init::get, InvalidTotpSettingException.class);
        assertThat(e).as("init must refuse the bad %s", parameter).isNotNull();
        assertThat(e.parameter()).isEqualTo(parameter);
        assertThat(e.getMessage()).startsWith(parameter + ": ").contains(allowed).doesNotContain(KEY.substring(0, 6));
    }

    @Test
    void edgesOfEveryRangeAreAccepted() {
        assertThatCode(() -> {
            new TotpSettings(Algorithm.HMACSHA1, 1, "C", "00", 1, 1, "=", 0);
            new TotpSettings(Algorithm.HMACSHA256, 10, "CM", KEY.toUpperCase(), Integer.MAX_VALUE, 64, "\u001d", 10);
            TotpSettings.of("hmac-sha1", 8, "CM", KEY, 30, 6, "=");
            TotpSettings.of(" hmacsha256 ", 8, "CM", KEY, 30, 6, "=");
        }).doesNotThrowAnyException();
    }

    @Test
    void toStringHidesTheKey() {
        TotpSettings s = TotpSettings.of("HMACSHA256", 8, "CM", KEY, 30, 6, "=");
        assertThat(s.toString()).doesNotContain(KEY).doesNotContain(KEY.substring(0, 6)).contains("15 bytes, hidden");
    }

    @Test
    void algorithmNamesMapToTheJavaCryptographyNames() {
        assertThat(Algorithm.parse("HMACSHA1").jcaName()).isEqualTo("HmacSHA1");
        assertThat(Algorithm.parse("HmacSHA256").jcaName()).isEqualTo("HmacSHA256");
    }
}
