package org.kassa.payclient.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on loopback that answers each path from a script and records every request exactly as
 * received (headers, body bytes, arrival time). The peer for client tests until the sandbox is available,
 * and for answers no sane server sends (fuzzing).
 */
public final class ScriptedServer implements AutoCloseable {

    /** One recorded request. */
    public record Received(String method, String path, Headers headers, byte[] body, long nanos) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What to do with one request. */
    @FunctionalInterface
    public interface Answer {
        void answer(HttpExchange exchange, Received request) throws IOException;
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Answer> defaults = new ConcurrentHashMap<>();

    private ScriptedServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ScriptedServer s = new ScriptedServer(server);
        server.createContext("/", s::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return s;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next request on a path (after earlier queued answers). Path prefix match for GET polls. */
    public ScriptedServer then(String path, Answer answer) {
        scripts.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(answer);
        return this;
    }

    /** Answers every request on a path once its queue is empty. */
    public ScriptedServer always(String path, Answer answer) {
        defaults.put(path, answer);
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().startsWith(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long nanos = System.nanoTime();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        Received r = new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body, nanos);
        received.add(r);
        Answer answer = find(path);
        try {
            if (answer == null) {
                json(404, "{\"code\":\"NO_SCRIPT\"}").answer(exchange, r);
            } else {
                answer.answer(exchange, r);
            }
        } finally {
            exchange.close();
        }
    }

    private Answer find(String path) {
        for (var e : scripts.entrySet()) {
            if (path.startsWith(e.getKey())) {
                Answer a = e.getValue().poll();
                if (a != null) {
                    return a;
                }
            }
        }
        return defaults.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** A JSON answer. */
    public static Answer json(int status, String body) {
        return raw(status, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A JSON answer built from the request (e.g. echoing its requestId). */
    public static Answer json(int status, Function<Received, String> body) {
        return (exchange, request) -> raw(status, body.apply(request).getBytes(StandardCharsets.UTF_8), Map.of())
                .answer(exchange, request);
    }

    public static Answer raw(int status, byte[] body, Map<String, String> headers) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        };
    }

    /** Reads the request, then closes the connection without a word (a lost answer). */
    public static Answer drop() {
        return (exchange, request) -> exchange.getHttpContext().getServer();
    }

    /** Announces {@code declared} bytes and sends fewer (a truncated answer). */
    public static Answer truncated(byte[] start, int declared) {
        return (exchange, request) -> {
            exchange.sendResponseHeaders(200, declared);
            OutputStream out = exchange.getResponseBody();
            out.write(start);
            out.flush();
        };
    }

    /** Waits before the next answer. */
    public static Answer delayed(long millis, Answer then) {
        return (exchange, request) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.answer(exchange, request);
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
