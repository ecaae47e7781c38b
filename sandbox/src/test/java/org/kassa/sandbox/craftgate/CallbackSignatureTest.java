package org.kassa.sandbox.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.testing.RepositoryFiles;

/**
 * The sandbox's own callback hash against the public vector (not the till's code): the worked example of
 * Craftgate's "Meal Voucher Card Storage" documentation, as docs/test-vectors.md#craftgate-callback-hash gives it.
 */
class CallbackSignatureTest {

    private static final String KEY = "merchantDummyCallbackKeySandbox1";
    private static final String HASH = "095eb6428b6fd40543837ce009ede7c7f0a5b6006478e35825d8673fb3716b13";

    private static Map<String, String> vector() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sessionId", "60351fc9-c5ce-42a8-9332-6e15ebf5bbe8");
        p.put("status", "SUCCESS");
        p.put("maskedCardNumber", "7599********1920");
        p.put("fingerprint", "ca31e9418f907fcfbb50fc7733ed2d93b83b30a05e49e64c83058813827a8426");
        p.put("hashParams", "sessionId:status:maskedCardNumber:fingerprint");
        return p;
    }

    @Test
    void theVectorIsTheOneTheProjectDocumentPublishes() {
        String doc = RepositoryFiles.doc("test-vectors.md");
        assertThat(doc).contains(KEY, HASH);
        vector().forEach((name, value) -> assertThat(doc).contains("`" + name + "=" + value + "`"));
    }

    @Test
    void computesThePublicVector() {
        assertThat(CallbackSignature.hash(vector(), KEY)).isEqualTo(HASH);
    }

    @Test
    void nullValuesAreDroppedAndTheOrderIsHashParams() {
        Map<String, String> failure = new HashMap<>(vector());
        failure.put("maskedCardNumber", null);
        failure.put("fingerprint", null);
        Map<String, String> shorter = new HashMap<>(vector());
        shorter.put("hashParams", "sessionId:status");
        assertThat(CallbackSignature.hash(failure, KEY)).isEqualTo(CallbackSignature.hash(shorter, KEY));

        Map<String, String> reordered = new HashMap<>(vector());
        reordered.put("hashParams", "status:sessionId:maskedCardNumber:fingerprint");
        assertThat(CallbackSignature.hash(reordered, KEY)).isNotEqualTo(HASH);
    }
}
