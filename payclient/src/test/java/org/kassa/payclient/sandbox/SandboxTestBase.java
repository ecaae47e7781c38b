package org.kassa.payclient.sandbox;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh sandbox on a hand-moved clock for every test, and a small independent client for it. */
abstract class SandboxTestBase {

    static final Duration ACCEPT = Duration.ofMillis(600);
    static final Duration SLOW_ACCEPT = Duration.ofSeconds(3);

    ManualClock clock;
    PaySandbox sandbox;
    SandboxClient client;

    @BeforeEach
    void startSandbox() {
        clock = new ManualClock(Instant.parse("2026-03-02T10:15:30Z"));
        sandbox = PaySandbox.start(settings(SandboxSettings.training(SandboxClient.TOTP).withClock(clock)));
        client = new SandboxClient(sandbox, clock);
    }

    /** Subclasses may change the settings (e.g. a postback target). */
    SandboxSettings settings(SandboxSettings training) {
        return training;
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    /** Lets time pass after a status call has seen the payment. */
    void after(Duration duration) {
        clock.advance(duration);
    }
}
