package org.kassa.payclient.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kassa.payclient.craftgate.internal.RequestSignature;

/** The public Craftgate signature vectors (docs/test-vectors.md#craftgate-request-signature) as golden values. */
class RequestSignatureTest {

    private static final String BASE = "http://api.craftgate.io";
    private static final String PATH = "/onboarding/v1/members";

    @Test
    void signsARequestWithoutBodyLikeThePublicVector() {
        assertThat(RequestSignature.sign(BASE, PATH, "api-key", "secret-key", "rand-2010", null))
                .isEqualTo("lecLrGZXo5u+Oq3V33vIqtbLU2fopbiH78kq6wjWNDQ=");
        assertThat(RequestSignature.sign(BASE, PATH, "api-key", "secret-key", "rand-2010", ""))
                .isEqualTo("lecLrGZXo5u+Oq3V33vIqtbLU2fopbiH78kq6wjWNDQ=");
    }

    @Test
    void signsARequestWithBodyLikeThePublicVector() {
        String body = "{\"memberExternalId\":\"ext-1511\",\"name\":\"Haluk Demir\",\"email\":\"haluk.demir@example.com\","
                + "\"phoneNumber\":\"905551111111\"}";
        assertThat(RequestSignature.sign(BASE, PATH, "api-key", "secret-key", "rand-2010", body))
                .isEqualTo("Tj0mkbp+WLBwLhS65CjX708PGCl9hD9rlT6n6Zgcyi8=");
    }

    @Test
    void urlDecodesBaseAndPathBeforeHashing() {
        assertThat(RequestSignature.sign("http://api.craftgate.io", "/onboarding%2Fv1/members", "api-key",
                "secret-key", "rand-2010", null)).isEqualTo("lecLrGZXo5u+Oq3V33vIqtbLU2fopbiH78kq6wjWNDQ=");
    }

    @Test
    void comparesSignaturesExactly() {
        assertThat(RequestSignature.matches("abc=", "abc=")).isTrue();
        assertThat(RequestSignature.matches("abc=", "abd=")).isFalse();
        assertThat(RequestSignature.matches("abc=", null)).isFalse();
    }
}
