package org.kassa.payclient.callback;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the callback receiver listens and what it accepts. {@code port} 0 picks a free port. An empty
 * callback key turns the Craftgate callback path off, an empty postback login the Koshelek postback path.
 * toString hides the key and the password.
 */
public record ReceiverSettings(String bindAddress, int port, String callbackKey, String postbackLogin,
                               String postbackPassword, int maxBodyBytes, Duration requestTimeout) {

    public static final String CALLBACK_PATH = "/mealcard/callback";
    public static final String POSTBACK_PATH = "/koshelek/postback";

    public ReceiverSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(callbackKey, "callbackKey");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        postbackLogin = postbackLogin == null ? "" : postbackLogin;
        postbackPassword = postbackPassword == null ? "" : postbackPassword;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (maxBodyBytes < 256) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 256");
        }
    }

    /** Loopback, a free port, 16 KiB bodies, 10 s per request, postback off. */
    public static ReceiverSettings loopback(String callbackKey) {
        return new ReceiverSettings("127.0.0.1", 0, callbackKey, "", "", 16 * 1024, Duration.ofSeconds(10));
    }

    public ReceiverSettings withPostbackCredentials(String login, String password) {
        return new ReceiverSettings(bindAddress, port, callbackKey, login, password, maxBodyBytes, requestTimeout);
    }

    /** An empty callback key closes the Craftgate callback path (a postback-only receiver, 404 there). */
    public boolean callbackEnabled() {
        return !callbackKey.isEmpty();
    }

    public boolean postbackEnabled() {
        return !postbackLogin.isEmpty();
    }

    @Override
    public String toString() {
        return "ReceiverSettings[bindAddress=" + bindAddress + ", port=" + port + ", callbackKey="
                + (callbackKey.isEmpty() ? "(none)" : "(set)") + ", postbackLogin=" + postbackLogin
                + ", postbackPassword=" + (postbackPassword.isEmpty() ? "(none)" : "(set)") + ", maxBodyBytes="
                + maxBodyBytes + ", requestTimeout=" + requestTimeout + "]";
    }
}
