package org.kassa.payclient.callback.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kassa.payclient.callback.MealCardListener;
import org.kassa.payclient.callback.TokenizationResult;
import org.kassa.payclient.craftgate.CallbackHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meal-card callback endpoint. Nothing happens for a callback that fails the hash check; a verified one
 * reaches the listener once per result. The values handed on must all be covered by {@code hashParams}, so
 * an unsigned extra parameter can never change what the till believes.
 */
public final class CallbackHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);
    private static final List<String> HANDED_ON = List.of("sessionId", "status", "maskedCardNumber", "fingerprint");
    private static final List<String> REQUIRED = List.of("sessionId", "status");

    private final String callbackKey;
    private final int maxBodyBytes;
    private final MealCardListener listener;
    private final SeenSessions seen = new SeenSessions(10_000);

    public CallbackHandler(String callbackKey, int maxBodyBytes, MealCardListener listener) {
        this.callbackKey = callbackKey;
        this.maxBodyBytes = maxBodyBytes;
        this.listener = listener;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            LOG.error("meal-card callback failed: {}", e.getClass().getSimpleName());
            PlainExchange.reply(exchange, 500, "error: the callback could not be processed; send it again");
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            PlainExchange.reply(exchange, 405, "error: use POST");
            return;
        }
        Map<String, String> params;
        try {
            params = parse(exchange);
        } catch (PlainExchange.TooLarge e) {
            PlainExchange.reply(exchange, 413, "error: body larger than " + maxBodyBytes + " bytes");
            return;
        } catch (IllegalArgumentException e) {
            PlainExchange.reply(exchange, 400, "error: " + e.getMessage());
            return;
        }
        String problem = problem(params);
        if (problem != null) {
            LOG.warn("meal-card callback rejected: {}", problem);
            PlainExchange.reply(exchange, problem.startsWith("hash does not match") ? 403 : 400, "invalid: " + problem);
            return;
        }
        deliver(exchange, new TokenizationResult(params.get("sessionId"), params.get("status"),
                params.get("maskedCardNumber"), params.get("fingerprint")));
    }

    private Map<String, String> parse(HttpExchange exchange) throws IOException, PlainExchange.TooLarge {
        byte[] body = PlainExchange.body(exchange, maxBodyBytes);
        String type = PlainExchange.mediaType(exchange);
        if (type.equals("application/json")) {
            return CallbackParams.json(body);
        }
        if (type.equals("application/x-www-form-urlencoded") || type.isEmpty()) {
            return CallbackParams.form(body);
        }
        throw new IllegalArgumentException("Content-Type must be application/x-www-form-urlencoded or application/json");
    }

    /** Why the callback must be refused, or null. */
    private String problem(Map<String, String> params) {
        CallbackHash.Check check = CallbackHash.verify(params, callbackKey);
        if (!check.valid()) {
            return check.reason();
        }
        List<String> signed = Arrays.asList(params.get("hashParams").split(":"));
        for (String name : HANDED_ON) {
            boolean present = params.get(name) != null;
            if (REQUIRED.contains(name) && !present) {
                return name + " is missing";
            }
            if (present && !signed.contains(name)) {
                return name + " is not covered by hashParams";
            }
        }
        return null;
    }

    private void deliver(HttpExchange exchange, TokenizationResult result) throws IOException {
        boolean fresh;
        synchronized (seen) {
            fresh = seen.isNew(result);
            if (fresh) {
                listener.onTokenization(result);
                seen.remember(result);
            }
        }
        LOG.info("meal-card callback for session {}: {}{}", result.sessionId(), result.status(),
                fresh ? "" : " (repeat, already handled)");
        PlainExchange.reply(exchange, 200, fresh ? "OK" : "OK (already received)");
    }
}
