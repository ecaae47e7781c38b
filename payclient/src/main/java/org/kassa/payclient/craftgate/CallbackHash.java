package org.kassa.payclient.craftgate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import org.kassa.payclient.craftgate.internal.Hashes;

/**
 * The mandatory check of a meal-card callback, exactly as Craftgate documents it
 * (docs/contracts.md#craftgate-callback-hash): split {@code hashParams} on ':', take those parameters' values in
 * that order, drop the ones that are absent (null), concatenate, prepend the merchant callback key, SHA-256,
 * lowercase hex, and compare with {@code hash} in constant time.
 */
public final class CallbackHash {

    private CallbackHash() {
    }

    /** The outcome of a check; {@code reason} says why it is invalid (null when valid). */
    public record Check(boolean valid, String reason) {
        static Check ok() {
            return new Check(true, null);
        }

        static Check invalid(String reason) {
            return new Check(false, reason);
        }
    }

    /** The hash Craftgate would send for these parameters (used by the sandbox and tests). */
    public static String compute(Map<String, String> params, String callbackKey) {
        Objects.requireNonNull(callbackKey, "callbackKey");
        String order = params.get("hashParams");
        if (order == null) {
            throw new IllegalArgumentException("hashParams is missing");
        }
        StringBuilder input = new StringBuilder(callbackKey);
        for (String name : order.split(":")) {
            String value = params.get(name);
            if (value != null) {
                input.append(value);
            }
        }
        return Hashes.sha256Hex(input.toString());
    }

    /** Checks {@code hash} against {@code hashParams}; never throws for any input. */
    public static Check verify(Map<String, String> params, String callbackKey) {
        if (callbackKey == null || callbackKey.isEmpty()) {
            return Check.invalid("no callback key is configured");
        }
        String hash = params.get("hash");
        if (hash == null || hash.isEmpty()) {
            return Check.invalid("hash is missing");
        }
        if (params.get("hashParams") == null || params.get("hashParams").isEmpty()) {
            return Check.invalid("hashParams is missing");
        }
        byte[] expected = compute(params, callbackKey).getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? Check.ok() : Check.invalid("hash does not match");
    }
}
