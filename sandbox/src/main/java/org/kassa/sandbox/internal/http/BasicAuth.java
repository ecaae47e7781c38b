package org.kassa.sandbox.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** HTTP Basic check (RFC 7617) in constant time; the expected header is built once. */
public final class BasicAuth {

    private final byte[] expected;

    public BasicAuth(String login, String password) {
        this.expected = header(login, password).getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code Authorization} header value for these credentials. */
    public static String header(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, authorizationHeader.trim().getBytes(StandardCharsets.UTF_8));
    }

    public static Answer challenge() {
        return Answer.error(401, "UNAUTHORIZED",
                        "HTTP Basic credentials are missing or wrong; send the sandbox login and password")
                .withHeader("WWW-Authenticate", "Basic realm=\"Koshelek Pay sandbox\", charset=\"UTF-8\"");
    }

    @Override
    public String toString() {
        return "BasicAuth[(credentials hidden)]";
    }
}
