package org.kassa.sandbox.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.OpenApiContract;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;

/**
 * The real sandbox over real HTTP with the client under test, fast sandbox delays, and a call listener
 * that checks every request against the vendor's OpenAPI schema before it is sent.
 */
public final class SandboxHarness implements AutoCloseable, CallListener {

    /** One announced call with the time it was announced. */
    public record Sent(String step, OutgoingCall call, int attempt, long nanos) {
    }

    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final OpenApiContract CONTRACT = new OpenApiContract();

    public final PaySandbox sandbox;
    public final PayClient client;
    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    public final List<String> contractProblems = new CopyOnWriteArrayList<>();

    public SandboxHarness() {
        this(s -> s);
    }

    public SandboxHarness(java.util.function.UnaryOperator<PaySettings> tune) {
        sandbox = PaySandbox.start(SandboxSettings.training(Fixtures.TOTP)
                .withDelays(Duration.ofMillis(300), Duration.ofMillis(1000)));
        client = Fixtures.client(tune.apply(Fixtures.settings(sandbox.baseUrl())
                .withCredentials(sandbox.login(), sandbox.password())));
    }

    /** A fresh 6-character card session. */
    public static String newCardSession() {
        return String.format("K%05d", SESSIONS.incrementAndGet() % 100000);
    }

    @Override
    public void beforeCall(String step, OutgoingCall call, int attempt) {
        sent.add(new Sent(step, call, attempt, System.nanoTime()));
        List<String> problems = CONTRACT.problems(call.operation().method(), call.path(), call.bodyText(),
                call.operation().tokenRequired() ? "token-is-checked-by-the-sandbox" : null);
        problems.forEach(p -> contractProblems.add(call.operation() + " " + p));
    }

    public List<Sent> sent(String step) {
        return sent.stream().filter(s -> s.step().equals(step)).toList();
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
