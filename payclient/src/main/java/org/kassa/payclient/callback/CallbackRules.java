package org.kassa.payclient.callback;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kassa.payclient.craftgate.CallbackHash;

/**
 * What the receiver accepts: the hash check of {@link CallbackHash}, plus the rule that every value handed on
 * (sessionId and status always, masked number and fingerprint when present) is covered by {@code hashParams},
 * so an unsigned parameter can never change what the till believes.
 */
public final class CallbackRules {

    private static final List<String> HANDED_ON = List.of("sessionId", "status", "maskedCardNumber", "fingerprint");
    private static final List<String> REQUIRED = List.of("sessionId", "status");

    private CallbackRules() {
    }

    public static CallbackHash.Check check(Map<String, String> params, String callbackKey) {
        CallbackHash.Check hash = CallbackHash.verify(params, callbackKey);
        if (!hash.valid()) {
            return hash;
        }
        List<String> signed = Arrays.asList(params.get("hashParams").split(":"));
        for (String name : HANDED_ON) {
            boolean present = params.get(name) != null;
            if (REQUIRED.contains(name) && !present) {
                return new CallbackHash.Check(false, name + " is missing");
            }
            if (present && !signed.contains(name)) {
                return new CallbackHash.Check(false, name + " is not covered by hashParams");
            }
        }
        return hash;
    }

    /** The verified values, for a check that passed. */
    public static TokenizationResult result(Map<String, String> params) {
        return new TokenizationResult(params.get("sessionId"), params.get("status"), params.get("maskedCardNumber"),
                params.get("fingerprint"));
    }
}
