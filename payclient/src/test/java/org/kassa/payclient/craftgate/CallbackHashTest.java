package org.kassa.payclient.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Craftgate's documented callback example (docs/test-vectors.md#craftgate-callback-hash) as golden value,
 * sha256sum as independent oracle, and every way to spoil it.
 */
class CallbackHashTest {

    private static final String KEY = SeedCallback.KEY;
    private static final String GOLDEN = SeedCallback.HASH;

    private static Map<String, String> seedExample() {
        return SeedCallback.params();
    }

    @Test
    void theSeedExampleIsValid() {
        assertThat(CallbackHash.compute(seedExample(), KEY)).isEqualTo(GOLDEN);
        assertThat(CallbackHash.verify(seedExample(), KEY)).isEqualTo(new CallbackHash.Check(true, null));
    }

    @Test
    void agreesWithSha256sumOnTheSeedInputAndOnUnicode() throws Exception {
        assertThat(sha256sum(KEY + "60351fc9-c5ce-42a8-9332-6e15ebf5bbe8SUCCESS7599********1920"
                + "ca31e9418f907fcfbb50fc7733ed2d93b83b30a05e49e64c83058813827a8426")).isEqualTo(GOLDEN);
        Map<String, String> p = new HashMap<>(Map.of("sessionId", "сессия-1", "status", "FAILURE",
                "hashParams", "status:sessionId"));
        assertThat(CallbackHash.compute(p, KEY)).isEqualTo(sha256sum(KEY + "FAILUREсессия-1"));
    }

    @Test
    void aForgedHashIsInvalid() {
        Map<String, String> p = seedExample();
        p.put("hash", GOLDEN.replace('0', '1'));
        assertThat(CallbackHash.verify(p, KEY)).isEqualTo(new CallbackHash.Check(false, "hash does not match"));
    }

    @Test
    void anotherKeyMakesItInvalid() {
        assertThat(CallbackHash.verify(seedExample(), "merchantDummyCallbackKeySandbox2").valid()).isFalse();
        assertThat(CallbackHash.verify(seedExample(), "").reason()).isEqualTo("no callback key is configured");
    }

    @Test
    void aMissingHashOrHashParamsIsInvalid() {
        Map<String, String> p = seedExample();
        p.remove("hash");
        assertThat(CallbackHash.verify(p, KEY).reason()).isEqualTo("hash is missing");
        p = seedExample();
        p.remove("hashParams");
        assertThat(CallbackHash.verify(p, KEY).reason()).isEqualTo("hashParams is missing");
    }

    @Test
    void reorderedHashParamsChangeTheHash() {
        Map<String, String> p = seedExample();
        p.put("hashParams", "status:sessionId:maskedCardNumber:fingerprint");
        assertThat(CallbackHash.verify(p, KEY).valid()).isFalse();
    }

    @Test
    void theOrderComesFromHashParamsNotFromTheMessage() {
        Map<String, String> p = seedExample();
        p.put("hashParams", "fingerprint:maskedCardNumber:status:sessionId");
        p.put("hash", sha256sum(KEY + p.get("fingerprint") + p.get("maskedCardNumber") + "SUCCESS" + p.get("sessionId")));
        assertThat(CallbackHash.verify(p, KEY).valid()).isTrue();
    }

    @Test
    void anExtraParameterOutsideHashParamsDoesNotChangeTheHash() {
        Map<String, String> p = seedExample();
        p.put("bonus", "1000");
        assertThat(CallbackHash.verify(p, KEY).valid()).isTrue();
    }

    @Test
    void aChangedSignedValueIsInvalid() {
        Map<String, String> p = seedExample();
        p.put("status", "FAILURE");
        assertThat(CallbackHash.verify(p, KEY).valid()).isFalse();
    }

    @Test
    void nullsListedInHashParamsAreDropped() {
        Map<String, String> p = new HashMap<>();
        p.put("sessionId", "s-1");
        p.put("status", "FAILURE");
        p.put("maskedCardNumber", null);
        p.put("hashParams", "sessionId:status:maskedCardNumber:fingerprint");
        p.put("hash", sha256sum(KEY + "s-1FAILURE"));
        assertThat(CallbackHash.verify(p, KEY).valid()).isTrue();
    }

    @Test
    void anUppercaseHashIsNotTheSeedsLowercaseHex() {
        Map<String, String> p = seedExample();
        p.put("hash", GOLDEN.toUpperCase());
        assertThat(CallbackHash.verify(p, KEY).valid()).isFalse();
    }

    static String sha256sum(String input) {
        try {
            Process p = new ProcessBuilder("sha256sum").start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            p.waitFor();
            return out.substring(0, 64);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("sha256sum (coreutils) is needed as the independent oracle", e);
        }
    }
}
