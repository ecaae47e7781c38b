package org.kassa.sandbox.craftgate;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The sandbox's own check of Craftgate's request signature (auth version v1,
 * docs/contracts.md#craftgate-request-signature), written from the rule and not shared with the client, so a
 * mistake in the client's signing cannot hide in both: {@code Base64(SHA-256(urlDecoded(baseUrl + path) + apiKey
 * + secretKey + rnd + body))}, the body left out when empty.
 */
final class RequestSignatureCheck {

    static final String API_KEY = "x-api-key";
    static final String RND_KEY = "x-rnd-key";
    static final String AUTH_VERSION = "x-auth-version";
    static final String SIGNATURE = "x-signature";
    static final String IDEMPOTENCY_KEY = "x-idempotency-key";
    static final String VERSION_V1 = "v1";

    private final String apiKey;
    private final String secretKey;

    RequestSignatureCheck(String apiKey, String secretKey) {
        this.apiKey = apiKey;
        this.secretKey = secretKey;
    }

    /** True when the headers carry this merchant's key, version v1, a rnd, and the matching signature. */
    boolean accepts(Headers headers, String baseUrl, String path, String body) {
        String rnd = headers.getFirst(RND_KEY);
        String given = headers.getFirst(SIGNATURE);
        if (!apiKey.equals(headers.getFirst(API_KEY)) || !VERSION_V1.equals(headers.getFirst(AUTH_VERSION))
                || rnd == null || given == null) {
            return false;
        }
        byte[] expected = expected(baseUrl, path, apiKey, secretKey, rnd, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature a correct client sends; {@code body} null or empty when there is none. */
    static String expected(String baseUrl, String path, String apiKey, String secretKey, String rnd, String body) {
        String url = URLDecoder.decode(baseUrl + path, StandardCharsets.UTF_8);
        String text = url + apiKey + secretKey + rnd + (body == null ? "" : body);
        return Base64.getEncoder().encodeToString(sha256(text));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
