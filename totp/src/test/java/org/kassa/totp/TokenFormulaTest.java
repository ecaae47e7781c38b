package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token formula of docs/contracts.md#request-token written out here from scratch, step by step, as the
 * sandbox's authors would: {@code Base64(fingerprint) + truncate(HMAC(key, counter(epochMillis) ‖
 * SHA-256(body))) mod 10^passLength}.
 */
class TokenFormulaTest {

    @ParameterizedTest(name = "{0}, {1} digits, step {2} s, t = {3} ms")
    @CsvSource({
        "HMACSHA256, 8, 30, 1716200000123",
        "HMACSHA1,   6, 30, 59000",
        "HMACSHA256, 10, 60, 0",
        "HMACSHA1,   8, 1, 1999999999999"
    })
    void tokenFollowsTheContractFormula(Algorithm algorithm, int digits, int interval, long millis) throws Exception {
        String keyHex = algorithm == Algorithm.HMACSHA1 ? Fixtures.RFC_SHA1_KEY : Fixtures.RFC_SHA256_KEY;
        TotpSettings settings = new TotpSettings(algorithm, digits, "CM", keyHex, interval, 6, "=", 1);
        byte[] body = "{\"requestId\":\"a\",\"amount\":100}".getBytes(StandardCharsets.UTF_8);

        String token = TokenTest.tokenAt(settings, millis, body);

        String fingerprint = Fixtures.fixedFingerprint().at(millis);
        String expectedHead = Base64.getEncoder().encodeToString(fingerprint.getBytes(StandardCharsets.UTF_8));
        assertThat(token).startsWith(expectedHead);
        assertThat(token.substring(expectedHead.length()))
                .isEqualTo(expectedPassword(algorithm, keyHex, digits, interval, millis, body));
    }

    private static String expectedPassword(Algorithm algorithm, String keyHex, int digits, int interval, long millis,
                                           byte[] body) throws Exception {
        long counter = Math.floorDiv(millis, interval * 1000L);
        byte[] message = ByteBuffer.allocate(8 + 32).putLong(counter)
                .put(MessageDigest.getInstance("SHA-256").digest(body)).array();
        Mac mac = Mac.getInstance(algorithm.jcaName());
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(keyHex), algorithm.jcaName()));
        byte[] hash = mac.doFinal(message);
        int offset = hash[hash.length - 1] & 0x0f;
        long binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffffL;
        return String.format("%0" + digits + "d", binary % (long) Math.pow(10, digits));
    }
}
