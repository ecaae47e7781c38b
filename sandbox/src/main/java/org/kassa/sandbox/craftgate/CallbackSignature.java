package org.kassa.sandbox.craftgate;

import java.util.HexFormat;
import java.util.Map;

/**
 * The hash the sandbox puts on its callbacks, written from the rule in docs/contracts.md#craftgate-callback-hash
 * and not shared with the till's check: the values named by {@code hashParams} (split on ':') in that order,
 * nulls dropped, concatenated after the 32-character callback key, SHA-256, lowercase hex.
 */
final class CallbackSignature {

    private CallbackSignature() {
    }

    static String hash(Map<String, String> params, String callbackKey) {
        StringBuilder input = new StringBuilder(callbackKey);
        for (String name : params.get("hashParams").split(":")) {
            String value = params.get(name);
            if (value != null) {
                input.append(value);
            }
        }
        return HexFormat.of().formatHex(RequestSignatureCheck.sha256(input.toString()));
    }
}
