package org.kassa.payclient.craftgate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The callback example of Craftgate's documentation (docs/test-vectors.md#craftgate-callback-hash), the golden
 * value of every callback test.
 */
public final class SeedCallback {

    public static final String KEY = "merchantDummyCallbackKeySandbox1";
    public static final String HASH = "095eb6428b6fd40543837ce009ede7c7f0a5b6006478e35825d8673fb3716b13";

    private SeedCallback() {
    }

    /** A fresh, modifiable copy of the example's parameters, hash included. */
    public static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sessionId", "60351fc9-c5ce-42a8-9332-6e15ebf5bbe8");
        p.put("status", "SUCCESS");
        p.put("maskedCardNumber", "7599********1920");
        p.put("fingerprint", "ca31e9418f907fcfbb50fc7733ed2d93b83b30a05e49e64c83058813827a8426");
        p.put("hashParams", "sessionId:status:maskedCardNumber:fingerprint");
        p.put("hash", HASH);
        return p;
    }
}
