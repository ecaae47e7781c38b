package org.kassa.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.kassa.sandbox.Fault;
import org.kassa.sandbox.SandboxLedger.ReceivedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the server: reads the body, counts the request, applies a planned fault, picks the
 * mounted handler or the Pay API, and writes the answer. Never lets an exception reach the JDK server.
 */
public final class Dispatcher implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final int MAX_BODY_BYTES = 1 << 20;

    private final FaultPlan faults;
    private final Served pay;
    private final Map<String, Served> mounts = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> requestCounts = new ConcurrentHashMap<>();
    private final RequestJournal journal = new RequestJournal();
    private final Clock clock;
    private final ScheduledExecutorService later;
    private final Set<HttpExchange> hanging = ConcurrentHashMap.newKeySet();

    public Dispatcher(FaultPlan faults, Served pay, Clock clock, ScheduledExecutorService later) {
        this.faults = faults;
        this.later = later;
        this.pay = pay;
        this.clock = clock;
    }

    public void mount(String prefix, HttpHandler handler) {
        if (prefix == null || !prefix.startsWith("/") || prefix.startsWith("/api/v1/merchant")) {
            throw new IllegalArgumentException("mount prefix must start with '/' and not shadow the Pay API, got " + prefix);
        }
        mounts.put(prefix, BufferedExchange.adapt(handler));
    }

    public RequestJournal journal() {
        return journal;
    }

    public long requestsTo(String path) {
        LongAdder count = requestCounts.get(path);
        return count == null ? 0 : count.sum();
    }

    @Override
    public void handle(HttpExchange exchange) {
        long arrived = System.nanoTime();
        String path = exchange.getRequestURI().getRawPath();
        requestCounts.computeIfAbsent(path, p -> new LongAdder()).increment();
        try {
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                write(exchange, Answer.error(413, "BODY_TOO_LARGE", "request bodies are limited to 1 MiB"));
                return;
            }
            journal.add(new ReceivedRequest(arrived, clock.instant(), exchange.getRequestMethod(), path, body,
                    exchange.getRequestHeaders().containsKey("token")));
            Optional<Fault> fault = faults.take(path);
            if (fault.isPresent()) {
                LOG.info("fault {} on {} {}", fault.get().kind(), exchange.getRequestMethod(), path);
                serveWithFault(exchange, path, body, fault.get());
            } else {
                write(exchange, route(path).serve(exchange, body));
            }
        } catch (Exception e) {
            LOG.warn("sandbox failed on {} {}", exchange.getRequestMethod(), path, e);
            writeQuietly(exchange, Answer.error(500, "SANDBOX_FAILURE", "the sandbox failed: " + e.getClass().getSimpleName()));
        }
    }

    private void serveWithFault(HttpExchange exchange, String path, byte[] body, Fault fault) throws Exception {
        switch (fault.kind()) {
            case DROP_BEFORE_PROCESSING -> exchange.close();
            case HTTP_500 -> write(exchange, Answer.error(500, "INTERNAL_SERVER_ERROR", "injected fault: HTTP 500"));
            case DELAY -> later.schedule(() -> serveQuietly(exchange, path, body), fault.delayMillis(), TimeUnit.MILLISECONDS);
            default -> {
                Answer answer = route(path).serve(exchange, body);
                switch (fault.kind()) {
                    case DROP_AFTER_PROCESSING -> exchange.close();
                    case HANG -> hanging.add(exchange);
                    case EMPTY_BODY -> write(exchange, new Answer(200, Map.of("Content-Type", "application/json"), new byte[0]));
                    case MALFORMED_JSON -> write(exchange, new Answer(200, Map.of("Content-Type", "application/json"),
                            truncated(answer.body())));
                    default -> throw new IllegalStateException("unhandled fault " + fault.kind());
                }
            }
        }
    }

    /** Half of the real answer: a JSON document that ends in the middle. */
    private static byte[] truncated(byte[] body) {
        byte[] half = Arrays.copyOf(body, body.length / 2);
        return half.length > 1 ? half : "{\"status\":".getBytes(StandardCharsets.UTF_8);
    }

    private Served route(String path) {
        Served mounted = null;
        for (Map.Entry<String, Served> mount : mounts.entrySet()) {
            if (path.startsWith(mount.getKey())) {
                mounted = mount.getValue();   // sorted: the longest matching prefix comes last
            }
        }
        return mounted != null ? mounted : pay;
    }

    /** Closes connections of hung requests (on shutdown). */
    public void releaseHanging() {
        hanging.forEach(HttpExchange::close);
        hanging.clear();
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    private static void write(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> {
            if (!BufferedExchange.COMPUTED.contains(name)) {
                exchange.getResponseHeaders().set(name, value);
            }
        });
        exchange.sendResponseHeaders(answer.status(), answer.length() == 0 ? -1 : answer.length());
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
        exchange.close();
    }

    /** A delayed answer: served from the timer thread, so a waiting request holds no worker thread. */
    private void serveQuietly(HttpExchange exchange, String path, byte[] body) {
        try {
            write(exchange, route(path).serve(exchange, body));
        } catch (Exception e) {
            LOG.warn("sandbox failed on delayed {} {}", exchange.getRequestMethod(), path, e);
            writeQuietly(exchange, Answer.error(500, "SANDBOX_FAILURE", "the sandbox failed: " + e.getClass().getSimpleName()));
        }
    }

    private static void writeQuietly(HttpExchange exchange, Answer answer) {
        try {
            write(exchange, answer);
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }
}
