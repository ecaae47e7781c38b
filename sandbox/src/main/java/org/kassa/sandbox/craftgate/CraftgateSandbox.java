package org.kassa.sandbox.craftgate;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Craftgate part of the sandbox, mounted at {@value #MOUNT}: the three card-tokenization calls (signature
 * checked, idempotent on {@code x-idempotency-key}) and the provider pages of each APM type's flow; see
 * {@link TokenizationFlows} and docs/decisions/0034. Tests can spoil callbacks and inject failures.
 */
public final class CraftgateSandbox implements HttpHandler, AutoCloseable {

    public static final String MOUNT = "/payment/v1/meal-voucher/";
    private static final String API = MOUNT + "card-tokenizations/";
    private static final int MAX_BODY = 64 * 1024;

    /** A failure for the next API call: its HTTP status, and whether the call is processed before it. */
    private record Fault(int status, boolean afterProcessing) {
    }

    private final CraftgateSandboxSettings settings;
    private final TokenizationFlows flows;
    private final RequestSignatureCheck signatures;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<String, Reply> answered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public CraftgateSandbox(CraftgateSandboxSettings settings) {
        this.settings = settings;
        this.flows = new TokenizationFlows(settings);
        this.signatures = new RequestSignatureCheck(settings.apiKey(), settings.secretKey());
    }

    /** Spoils every following callback this way until set back to {@link CallbackForgery#NONE}. */
    public void forgeCallbacks(CallbackForgery forgery) {
        flows.forgery = forgery;
    }

    /** Sends callbacks as JSON instead of a form. */
    public void sendCallbacksAsJson(boolean json) {
        flows.jsonCallbacks = json;
    }

    /** The next {@code count} API calls answer {@code httpStatus} with an empty body. */
    public void failNextCalls(int count, int httpStatus, boolean afterProcessing) {
        for (int i = 0; i < count; i++) {
            faults.add(new Fault(httpStatus, afterProcessing));
        }
    }

    /** Callbacks sent so far, oldest first. */
    public List<DeliveredCallback> deliveredCallbacks() {
        return flows.delivered();
    }

    /** How many requests reached {@code init}, {@code regenerate} or {@code complete}. */
    public int calls(String operation) {
        AtomicInteger n = calls.get(operation);
        return n == null ? 0 : n.get();
    }

    public int sessionCount() {
        return flows.sessionCount();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String base = "http://" + exchange.getRequestHeaders().getFirst("Host");
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY);
            send(exchange, route(exchange, path, base, body));
        } catch (RuntimeException e) {
            send(exchange, Reply.error(500, "SANDBOX_ERROR", e.getClass().getSimpleName(), "SYSTEM"));
        }
    }

    private Reply route(HttpExchange exchange, String path, String base, byte[] body) {
        String method = exchange.getRequestMethod();
        if (path.startsWith(API) && "POST".equals(method)) {
            return api(exchange.getRequestHeaders(), path, base, body);
        }
        if (path.startsWith(TokenizationFlows.PAGES)) {
            String[] parts = path.substring(TokenizationFlows.PAGES.length()).split("/");
            if (parts.length == 2 && parts[1].equals("page") && "GET".equals(method)) {
                return flows.page(parts[0], base);
            }
            if (parts.length == 2 && parts[1].equals("submit") && "POST".equals(method)) {
                return flows.submit(parts[0], FormBody.parse(body));
            }
        }
        return Reply.error(404, "NOT_FOUND", method + " " + path + " is not a sandbox path", "NOT_FOUND");
    }

    private Reply api(Headers headers, String path, String base, byte[] body) {
        String tail = path.substring(API.length());
        String[] parts = tail.split("/");
        String operation = parts[parts.length - 1];
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        String text = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        if (!signatures.accepts(headers, base, path, text)) {
            return Reply.error(401, "INVALID_SIGNATURE", "the request signature does not match", "AUTHENTICATION");
        }
        String key = headers.getFirst(RequestSignatureCheck.IDEMPOTENCY_KEY);
        Fault fault = faults.poll();
        if (fault != null && !fault.afterProcessing()) {
            return new Reply(fault.status(), "application/json", new byte[0]);
        }
        Reply reply = key == null ? dispatch(parts, body, base)
                : answered.computeIfAbsent(path + "\n" + key, k -> dispatch(parts, body, base));
        return fault != null ? new Reply(fault.status(), "application/json", new byte[0]) : reply;
    }

    private Reply dispatch(String[] parts, byte[] body, String base) {
        JsonNode json;
        try {
            json = Json.object(body);
        } catch (RuntimeException e) {
            return Reply.error(400, "MISSING_FIELD", "the body must be a JSON object", "VALIDATION");
        }
        if (parts.length == 1 && parts[0].equals("init")) {
            return flows.init(json, base);
        }
        if (parts.length == 2 && parts[1].equals("regenerate")) {
            return flows.regenerate(parts[0], json, base);
        }
        if (parts.length == 2 && parts[1].equals("complete")) {
            return flows.complete(parts[0], json);
        }
        return Reply.error(404, "NOT_FOUND", "unknown card-tokenization call", "NOT_FOUND");
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    @Override
    public void close() {
        flows.close();
    }
}
