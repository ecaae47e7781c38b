package org.kassa.sandbox.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.testing.RepositoryFiles;

/**
 * The sandbox's own signature check against the public vectors (not the client's code): Craftgate's
 * open-source Java client's signature test, as docs/test-vectors.md#craftgate-request-signature gives them.
 */
class RequestSignatureCheckTest {

    private static final String BASE = "http://api.craftgate.io";
    private static final String PATH = "/onboarding/v1/members";
    private static final String BODY = "{\"memberExternalId\":\"ext-1511\",\"name\":\"Haluk Demir\","
            + "\"email\":\"haluk.demir@example.com\",\"phoneNumber\":\"905551111111\"}";
    private static final String NO_BODY_SIGNATURE = "lecLrGZXo5u+Oq3V33vIqtbLU2fopbiH78kq6wjWNDQ=";
    private static final String BODY_SIGNATURE = "Tj0mkbp+WLBwLhS65CjX708PGCl9hD9rlT6n6Zgcyi8=";

    private final RequestSignatureCheck check = new RequestSignatureCheck("api-key", "secret-key");

    @Test
    void theVectorIsTheOneTheProjectDocumentPublishes() {
        String doc = RepositoryFiles.doc("test-vectors.md");
        assertThat(doc).contains("`" + BASE + "`", "`" + PATH + "`", "`rand-2010`", NO_BODY_SIGNATURE,
                BODY, BODY_SIGNATURE);
    }

    @Test
    void computesThePublicVectorWithAndWithoutABody() {
        assertThat(RequestSignatureCheck.expected(BASE, PATH, "api-key", "secret-key", "rand-2010", null))
                .isEqualTo(NO_BODY_SIGNATURE);
        assertThat(RequestSignatureCheck.expected(BASE, PATH, "api-key", "secret-key", "rand-2010", ""))
                .isEqualTo(NO_BODY_SIGNATURE);
        assertThat(RequestSignatureCheck.expected(BASE, PATH, "api-key", "secret-key", "rand-2010", BODY))
                .isEqualTo(BODY_SIGNATURE);
    }

    @Test
    void acceptsTheVectorsHeadersAndRefusesEachWrongOne() {
        assertThat(check.accepts(headers("api-key", "v1", "rand-2010", BODY_SIGNATURE), BASE, PATH, BODY)).isTrue();
        assertThat(check.accepts(headers("api-key", "v1", "rand-2010", NO_BODY_SIGNATURE), BASE, PATH, null)).isTrue();

        assertThat(check.accepts(headers("api-key", "v1", "rand-2010", BODY_SIGNATURE), BASE, PATH,
                BODY.replace("Haluk", "Halil"))).as("changed body").isFalse();
        assertThat(check.accepts(headers("api-key", "v1", "rand-2011", BODY_SIGNATURE), BASE, PATH, BODY))
                .as("another rnd").isFalse();
        assertThat(check.accepts(headers("other-key", "v1", "rand-2010", BODY_SIGNATURE), BASE, PATH, BODY))
                .as("another merchant's api key").isFalse();
        assertThat(check.accepts(headers("api-key", "v2", "rand-2010", BODY_SIGNATURE), BASE, PATH, BODY))
                .as("unknown auth version").isFalse();
        assertThat(check.accepts(headers("api-key", "v1", null, BODY_SIGNATURE), BASE, PATH, BODY))
                .as("no rnd").isFalse();
        assertThat(check.accepts(headers("api-key", "v1", "rand-2010", null), BASE, PATH, BODY))
                .as("no signature").isFalse();
        assertThat(check.accepts(headers("api-key", "v1", "rand-2010", BODY_SIGNATURE), BASE, "/onboarding/v1/member",
                BODY)).as("another path").isFalse();
    }

    @Test
    void decodesTheUrlBeforeHashingAsTheRuleSays() {
        String encoded = RequestSignatureCheck.expected(BASE, "/a%20b", "api-key", "secret-key", "r", null);
        assertThat(encoded).isEqualTo(RequestSignatureCheck.expected(BASE, "/a b", "api-key", "secret-key", "r", null));
    }

    private static Headers headers(String apiKey, String version, String rnd, String signature) {
        Headers h = new Headers();
        h.set(RequestSignatureCheck.API_KEY, apiKey);
        h.set(RequestSignatureCheck.AUTH_VERSION, version);
        if (rnd != null) {
            h.set(RequestSignatureCheck.RND_KEY, rnd);
        }
        if (signature != null) {
            h.set(RequestSignatureCheck.SIGNATURE, signature);
        }
        return h;
    }
}
