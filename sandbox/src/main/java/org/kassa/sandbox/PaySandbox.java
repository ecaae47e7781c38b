package org.kassa.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.kassa.sandbox.internal.http.BasicAuth;
import org.kassa.sandbox.internal.http.Dispatcher;
import org.kassa.sandbox.internal.http.FaultPlan;
import org.kassa.sandbox.internal.http.PostbackSender;
import org.kassa.sandbox.internal.pay.Ledger;
import org.kassa.sandbox.internal.pay.PayApi;
import org.kassa.sandbox.internal.pay.Triggers;
import org.kassa.totp.Passcodes;

/**
 * A Koshelek Pay API v1.2.1 look-alike on 127.0.0.1 for training and tests: real HTTP, Basic auth, token
 * checks, idempotency, the vendor state machine, data triggers and fault injection (docs/sandbox.md).
 * Start the JVM with {@code -Dsun.net.httpserver.nodelay=true} (the launcher and the tests do, decision 0071):
 * without it every answer waits about 40 ms for the client's delayed ACK.
 */
public final class PaySandbox implements AutoCloseable {

    private static final long POSTBACK_TICK_MILLIS = 50;

    private final SandboxSettings settings;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService ticker;   // postback settling and delayed answers
    private final FaultPlan faults = new FaultPlan();
    private final Dispatcher dispatcher;
    private final Ledger ledger;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PaySandbox(SandboxSettings settings) throws IOException {
        this.settings = settings;
        this.workers = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), daemonThreads("pay-sandbox-"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemonThreads("pay-sandbox-timer-"));
        Consumer<JsonNode> postback = settings.postback()
                .<Consumer<JsonNode>>map(PostbackSender::new)
                .orElse(body -> { });
        this.ledger = new Ledger(settings.clock(), new Triggers(settings), postback::accept);
        PayApi pay = new PayApi(new BasicAuth(settings.login(), settings.password()),
                Passcodes.tokenVerifier(settings.totp(), settings.clock()), ledger);
        this.dispatcher = new Dispatcher(faults, pay, settings.clock(), ticker);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        server.createContext("/", dispatcher);
        server.setExecutor(workers);
    }

    /** Starts serving on 127.0.0.1; fails if the port is taken. */
    public static PaySandbox start(SandboxSettings settings) {
        try {
            PaySandbox sandbox = new PaySandbox(settings);
            sandbox.server.start();
            if (settings.postback().isPresent()) {
                sandbox.ticker.scheduleWithFixedDelay(sandbox.ledger::settleAll, POSTBACK_TICK_MILLIS,
                        POSTBACK_TICK_MILLIS, TimeUnit.MILLISECONDS);
            }
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + settings.port()
                    + " (" + e.getMessage() + "); choose another port or 0 for any free one", e);
        }
    }

    /** E.g. {@code http://127.0.0.1:41234}; the Pay API paths follow it. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String login() {
        return settings.login();
    }

    public String password() {
        return settings.password();
    }

    public SandboxSettings settings() {
        return settings;
    }

    public SandboxLedger ledger() {
        return new SandboxLedger() {
            @Override
            public List<SandboxPayment> payments() {
                return ledger.payments();
            }

            @Override
            public Optional<SandboxPayment> payment(String transactionId) {
                return ledger.payments().stream().filter(p -> p.transactionId().equals(transactionId)).findFirst();
            }

            @Override
            public long checkoutsWithRequestId(String requestId) {
                return ledger.checkoutsWithRequestId(requestId);
            }

            @Override
            public long requestsTo(String path) {
                return dispatcher.requestsTo(path);
            }

            @Override
            public List<ReceivedRequest> received(String path) {
                return dispatcher.journal().to(path);
            }
        };
    }

    public Faults faults() {
        return faults;
    }

    /** Serves {@code handler} for every path under {@code prefix} (e.g. the Craftgate sandbox); no Basic auth. */
    public void mount(String prefix, HttpHandler handler) {
        dispatcher.mount(prefix, handler);
    }

    /** Stops at once: open and hung connections are closed, threads end. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ticker.shutdownNow();
        dispatcher.releaseHanging();
        server.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
