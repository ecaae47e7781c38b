package org.kassa.payclient.craftgate.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Craftgate's request signature (auth version v1):
 * {@code Base64(SHA-256(urlDecoded(baseUrl + path) + apiKey + secretKey + rnd + body))}, the body left out
 * when empty. Shared by the client (to sign) and the sandbox (to check).
 */
public final class RequestSignature {

    public static final String API_KEY = "x-api-key";
    public static final String RND_KEY = "x-rnd-key";
    public static final String AUTH_VERSION = "x-auth-version";
    public static final String SIGNATURE = "x-signature";
    public static final String IDEMPOTENCY_KEY = "x-idempotency-key";
    public static final String VERSION_V1 = "v1";

    private RequestSignature() {
    }

    public static String sign(String baseUrl, String path, String apiKey, String secretKey, String rnd, String body) {
        String url = URLDecoder.decode(baseUrl + path, StandardCharsets.UTF_8);
        return Hashes.sha256Base64(url + apiKey + secretKey + rnd + (body == null ? "" : body));
    }

    /** Constant-time comparison of a received signature with the expected one. */
    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
