package org.kassa.payclient.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** For any values: the hash is what sha256sum says, and changing any signed value breaks it. */
class CallbackHashPropertiesTest {

    private static final List<String> NAMES = List.of("sessionId", "status", "maskedCardNumber", "fingerprint");

    @Property(tries = 40, seed = "4004001")
    void agreesWithSha256sumAndDropsNulls(@ForAll @Size(4) List<@AlphaChars @NumericChars @StringLength(max = 12) String> values,
                                          @ForAll @Size(4) List<Boolean> present) {
        Map<String, String> params = new HashMap<>();
        StringBuilder expected = new StringBuilder(SeedCallback.KEY);
        for (int i = 0; i < NAMES.size(); i++) {
            if (present.get(i)) {
                params.put(NAMES.get(i), values.get(i));
                expected.append(values.get(i));
            }
        }
        params.put("hashParams", String.join(":", NAMES));
        String hash = CallbackHash.compute(params, SeedCallback.KEY);
        assertThat(hash).isEqualTo(CallbackHashTest.sha256sum(expected.toString()));
        params.put("hash", hash);
        assertThat(CallbackHash.verify(params, SeedCallback.KEY).valid()).isTrue();
    }

    @Property(tries = 200, seed = "4004002")
    void changingASignedValueBreaksTheHash(@ForAll @StringLength(min = 1, max = 20) String value,
                                           @ForAll @StringLength(min = 1, max = 20) String other) {
        if (value.equals(other)) {
            return;
        }
        Map<String, String> params = SeedCallback.params();
        params.put("status", value);
        params.put("hash", CallbackHash.compute(params, SeedCallback.KEY));
        params.put("status", other);
        assertThat(CallbackHash.verify(params, SeedCallback.KEY).valid()).isFalse();
    }
}
