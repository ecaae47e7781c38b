package org.kassa.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.kassa.totp.TotpSettings;

/**
 * Everything the sandbox needs; {@link #training(TotpSettings)} gives sensible defaults.
 *
 * @param login           HTTP Basic login the sandbox expects
 * @param password        HTTP Basic password the sandbox expects (never printed)
 * @param port            port on 127.0.0.1; 0 picks a free one
 * @param totp            TOTP parameters the request tokens are checked with
 * @param clock           time source of tokens and of every state change
 * @param acceptDelay     how long an ordinary payment (and a refund) stays pending before it is decided
 * @param slowAcceptDelay how long a payment ending in 03 stays pending
 * @param postback        where to post every final status, if anywhere
 * @param threads         worker threads of the HTTP server (bounded)
 */
public record SandboxSettings(String login, String password, int port, TotpSettings totp, Clock clock,
                              Duration acceptDelay, Duration slowAcceptDelay, Optional<Postback> postback,
                              int threads) {

    public static final String TRAINING_LOGIN = "training";
    public static final String TRAINING_PASSWORD = "training";

    public SandboxSettings {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(totp, "totp");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(postback, "postback");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range; allowed 0..65535 (0 = any free port)");
        }
        if (threads < 2 || threads > 256) {
            throw new IllegalArgumentException("threads " + threads + " is out of range; allowed 2..256");
        }
        requirePositive(acceptDelay, "acceptDelay");
        requirePositive(slowAcceptDelay, "slowAcceptDelay");
    }

    /** Login and password "training", any free port, system clock, 600 ms accept, 3 s slow accept, no postback. */
    public static SandboxSettings training(TotpSettings totp) {
        return new SandboxSettings(TRAINING_LOGIN, TRAINING_PASSWORD, 0, totp, Clock.systemUTC(),
                Duration.ofMillis(600), Duration.ofSeconds(3), Optional.empty(), 8);
    }

    public SandboxSettings withPort(int newPort) {
        return new SandboxSettings(login, password, newPort, totp, clock, acceptDelay, slowAcceptDelay, postback, threads);
    }

    public SandboxSettings withCredentials(String newLogin, String newPassword) {
        return new SandboxSettings(newLogin, newPassword, port, totp, clock, acceptDelay, slowAcceptDelay, postback, threads);
    }

    public SandboxSettings withClock(Clock newClock) {
        return new SandboxSettings(login, password, port, totp, newClock, acceptDelay, slowAcceptDelay, postback, threads);
    }

    public SandboxSettings withDelays(Duration accept, Duration slowAccept) {
        return new SandboxSettings(login, password, port, totp, clock, accept, slowAccept, postback, threads);
    }

    public SandboxSettings withPostback(Postback target) {
        return new SandboxSettings(login, password, port, totp, clock, acceptDelay, slowAcceptDelay,
                Optional.of(target), threads);
    }

    public SandboxSettings withThreads(int count) {
        return new SandboxSettings(login, password, port, totp, clock, acceptDelay, slowAcceptDelay, postback, count);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SandboxSettings[login=" + login + ", password=(hidden), port=" + port + ", totp=" + totp
                + ", acceptDelay=" + acceptDelay + ", slowAcceptDelay=" + slowAcceptDelay
                + ", postback=" + postback + ", threads=" + threads + "]";
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** The merchant's postback endpoint and the Basic credentials the sandbox presents to it. */
    public record Postback(URI url, String login, String password) {
        public Postback {
            Objects.requireNonNull(url, "url");
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("postback URL must be http:// or https://, got " + url);
            }
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Postback[url=" + url + ", login=" + login + ", password=(hidden)]";
        }
    }
}
