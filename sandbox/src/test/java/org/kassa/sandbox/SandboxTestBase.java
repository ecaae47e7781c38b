package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh sandbox on a hand-moved clock for every test, and a small independent client for it. */
abstract class SandboxTestBase {

    static final Duration ACCEPT = Duration.ofMillis(600);
    static final Duration SLOW_ACCEPT = Duration.ofSeconds(3);
    private static final Set<Integer> VENDOR_STATUSES = Set.of(200, 201, 422);

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

    /** Every Pay API answer of every test conforms to the vendor's schema (docs: VendorSchema). */
    @AfterEach
    void everyVendorAnswerConformsToTheSchema() {
        if (!answersAreWellFormed()) {
            return;
        }
        for (SandboxClient.Reply reply : client.replies()) {
            if (reply.path().startsWith("/api/v1/merchant/") && VENDOR_STATUSES.contains(reply.status())) {
                assertThat(VendorSchema.problems(reply)).as(reply.toString()).isEmpty();
            } else {
                assertThat(reply.status()).as(reply.toString()).isIn(200, 400, 401, 404, 405, 413, 500);
            }
        }
    }

    /** False where faults mangle answers on purpose. */
    boolean answersAreWellFormed() {
        return true;
    }

    /** A payment of a fresh session, accepted (checked through a status call). */
    String acceptedPayment(long amount) {
        String id = client.pay(amount);
        after(ACCEPT);
        assertThat(client.status(id).text("status")).isEqualTo("accepted");
        return id;
    }

    /** Lets time pass after a status call has seen the payment. */
    void after(Duration duration) {
        clock.advance(duration);
    }
}
