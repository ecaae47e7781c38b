package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request tokens bind the exact body bytes, the key and the time (docs/contracts.md#request-token). */
class TokenTest {

    static final long MILLIS = 1_716_200_000_123L;
    static final byte[] BODY = ("{\"requestId\":\"5f0c8a4e-9b1d-4c3a-8e2f-7a6b5c4d3e2f\",\"cardSession\":\"A1G97N\","
            + "\"totalAmount\":15000,\"currency\":\"RUB\",\"items\":[{\"name\":\"Молоко 3,2%\",\"quantity\":1}]}")
            .getBytes(StandardCharsets.UTF_8);

    private final TotpSettings settings = Fixtures.settings();

    @Test
    void sameBodyAndTimeGiveTheSameToken() {
        assertThat(tokenAt(settings, MILLIS, BODY)).isEqualTo(tokenAt(settings, MILLIS, BODY.clone()));
        assertThat(Fixtures.verifierAt(settings, 0).getToken(new String(BODY, StandardCharsets.UTF_8)))
                .as("the vendor's String signature sends UTF-8").isEqualTo(Fixtures.verifierAt(settings, 0).getToken(BODY));
    }

    @Test
    void changingAnyOneByteOfTheBodyChangesTheToken() {
        String original = tokenAt(settings, MILLIS, BODY);
        int changed = 0;
        for (int i = 0; i < BODY.length; i++) {
            byte[] body = BODY.clone();
            body[i] ^= 0x01;
            if (!tokenAt(settings, MILLIS, body).equals(original)) {
                changed++;
            }
        }
        // An 8-digit password collides with probability 1e-8 per byte: all must differ.
        assertThat(changed).isEqualTo(BODY.length);
    }

    @Test
    void tokenIsBase64OfASixFieldFingerprintFollowedByThePassword() {
        String token = tokenAt(settings, MILLIS, BODY);
        String head = token.substring(0, token.length() - settings.passLength());
        assertThat(token.substring(head.length())).matches("[0-9]{8}");
        String fingerprint = new String(Base64.getDecoder().decode(head), StandardCharsets.UTF_8);
        assertThat(fingerprint.split(";", -1)).hasSize(6)
                .containsExactly("Intel(R) Celeron(R) N4020", "GenuineIntel", "till-0042", Long.toString(MILLIS),
                        "192.168.1.20", "Honeywell 1450g#Epson TM-T20III");
    }

    @Test
    void theSystemFingerprintAlsoHasSixFieldsAndTheTime() {
        String fingerprint = DeskFingerprint.system().at(MILLIS);
        String[] fields = fingerprint.split(";", -1);
        assertThat(fields).hasSize(6);
        assertThat(fields[3]).isEqualTo(Long.toString(MILLIS));
        assertThat(fields).allSatisfy(f -> assertThat(f).isNotEmpty());
    }

    @Test
    void semicolonsInsideFixedFingerprintFieldsDoNotAddFields() {
        DeskFingerprint odd = DeskFingerprint.fixed("cpu;x", "vendor", "serial", "10.0.0.1", "a;b;c");
        assertThat(odd.at(MILLIS).split(";", -1)).hasSize(6);
        PasscodeVerify verify = Passcodes.kassa(settings, Fixtures.clockAt(MILLIS / 1000), odd);
        assertThat(Passcodes.tokenVerifier(settings, Fixtures.clockAt(MILLIS / 1000)).check(verify.getToken(BODY), BODY))
                .isEqualTo(TokenCheck.VALID);
    }

    @Test
    void tokenVerifiesForTheSameBytes() {
        TokenVerifier verifier = Passcodes.tokenVerifier(settings, Fixtures.clockAt(MILLIS / 1000));
        assertThat(verifier.check(tokenAt(settings, MILLIS, BODY), BODY)).isEqualTo(TokenCheck.VALID);
        assertThat(verifier.check(tokenAt(settings, MILLIS, new byte[0]), new byte[0])).isEqualTo(TokenCheck.VALID);
    }

    @Test
    void tokenIsAMismatchForOtherBytes() {
        TokenVerifier verifier = Passcodes.tokenVerifier(settings, Fixtures.clockAt(MILLIS / 1000));
        String token = tokenAt(settings, MILLIS, BODY);
        byte[] reformatted = new String(BODY, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        assertThat(verifier.check(token, reformatted)).isEqualTo(TokenCheck.MISMATCH);
        byte[] oneByte = BODY.clone();
        oneByte[oneByte.length - 1] = ' ';
        assertThat(verifier.check(token, oneByte)).isEqualTo(TokenCheck.MISMATCH);
    }

    @Test
    void tokenIsAMismatchForAnotherKey() {
        TotpSettings other = TotpSettings.of("HMACSHA256", 8, "CM", "00112233445566778899aabbccddeeff", 30, 6, "=");
        TokenVerifier verifier = Passcodes.tokenVerifier(other, Fixtures.clockAt(MILLIS / 1000));
        assertThat(verifier.check(tokenAt(settings, MILLIS, BODY), BODY)).isEqualTo(TokenCheck.MISMATCH);
    }

    @ParameterizedTest(name = "driftSteps {0}")
    @ValueSource(ints = {0, 1, 2})
    void tokenIsValidWithinTheDriftWindowOnly(int driftSteps) {
        TotpSettings s = settings.withDriftSteps(driftSteps);
        long stepStart = Math.floorDiv(MILLIS, 30_000L) * 30_000L;
        String token = tokenAt(s, stepStart, BODY);
        for (int step = -driftSteps - 1; step <= driftSteps + 1; step++) {
            for (long within : new long[] {0, 29_999}) {
                long verifierMillis = stepStart + step * 30_000L + within;
                TokenVerifier verifier = Passcodes.tokenVerifier(s, java.time.Clock.fixed(
                        java.time.Instant.ofEpochMilli(verifierMillis), java.time.ZoneOffset.UTC));
                assertThat(verifier.check(token, BODY)).as("drift %d, verifier %+d steps", driftSteps, step)
                        .isEqualTo(Math.abs(step) <= driftSteps ? TokenCheck.VALID : TokenCheck.MISMATCH);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "12345678", "!!!!12345678", "bm90IGEgZmluZ2VycHJpbnQ=12345678",
        "YTtiO2M7ZDtlO2Y=12345678", "YTtiO2M7MTI7ZTtm1234567x", "YTtiO2M7MTI7ZTtm", "YTtiO2M7MTI7ZTtm=====12345678"})
    void garbageIsMalformed(String token) {
        // YTtiO2M7ZDtlO2Y= is "a;b;c;d;e;f" (time not a number); YTtiO2M7MTI7ZTtm is "a;b;c;12;e;f".
        TokenVerifier verifier = Passcodes.tokenVerifier(settings, Fixtures.clockAt(MILLIS / 1000));
        assertThat(verifier.check(token, BODY)).isEqualTo(TokenCheck.MALFORMED);
        assertThat(verifier.check(null, BODY)).isEqualTo(TokenCheck.MALFORMED);
    }

    @Test
    void nullBodyIsRefusedWithAClearMessage() {
        PasscodeVerify verify = Fixtures.verifierAt(settings, 0);
        assertThatThrownBy(() -> verify.getToken((byte[]) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestData");
        assertThatThrownBy(() -> verify.getToken((String) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestData");
    }

    @Test
    void wellFormedTokenWithAWrongPasswordIsAMismatch() {
        TokenVerifier verifier = Passcodes.tokenVerifier(settings, Fixtures.clockAt(MILLIS / 1000));
        String token = tokenAt(settings, MILLIS, BODY);
        String head = token.substring(0, token.length() - 8);
        String password = token.substring(token.length() - 8);
        String wrong = String.format("%08d", (Long.parseLong(password) + 1) % 100_000_000);
        assertThat(verifier.check(head + wrong, BODY)).isEqualTo(TokenCheck.MISMATCH);
    }

    static String tokenAt(TotpSettings settings, long millis, byte[] body) {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.ofEpochMilli(millis), java.time.ZoneOffset.UTC);
        return Passcodes.kassa(settings, clock, Fixtures.fixedFingerprint()).getToken(body);
    }
}
