package org.kassa.payclient.callback.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import org.kassa.payclient.callback.CallbackRules;
import org.kassa.payclient.callback.MealCardListener;
import org.kassa.payclient.callback.TokenizationResult;
import org.kassa.payclient.craftgate.CallbackHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meal-card callback endpoint. Nothing happens for a callback that fails {@link CallbackRules}; a verified
 * one reaches the listener once per result.
 */
public final class CallbackHandler extends PostOnlyHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

    private final String callbackKey;
    private final int maxBodyBytes;
    private final MealCardListener listener;
    private final SeenSessions seen = new SeenSessions(10_000);
    private final ReceiverCounters counters;

    public CallbackHandler(String callbackKey, int maxBodyBytes, MealCardListener listener,
                           ReceiverCounters counters) {
        super("meal-card callback");
        this.counters = counters;
        this.callbackKey = callbackKey;
        this.maxBodyBytes = maxBodyBytes;
        this.listener = listener;
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        Map<String, String> params;
        try {
            params = parse(exchange);
        } catch (PlainExchange.TooLarge e) {
            counters.refused("body too large");
            PlainExchange.reply(exchange, 413, "error: body larger than " + maxBodyBytes + " bytes");
            return;
        } catch (IllegalArgumentException e) {
            counters.refused(e.getMessage());
            PlainExchange.reply(exchange, 400, "error: " + e.getMessage());
            return;
        }
        CallbackHash.Check check = CallbackRules.check(params, callbackKey);
        if (!check.valid()) {
            LOG.warn("meal-card callback rejected: {}", check.reason());
            counters.refused(check.reason());
            PlainExchange.reply(exchange, check.reason().startsWith("hash does not match") ? 403 : 400,
                    "invalid: " + check.reason());
            return;
        }
        deliver(exchange, CallbackRules.result(params));
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

    private void deliver(HttpExchange exchange, TokenizationResult result) throws IOException {
        boolean fresh;
        synchronized (seen) {
            fresh = seen.isNew(result);
            if (fresh) {
                listener.onTokenization(result);
                seen.remember(result);
            }
        }
        (fresh ? counters.delivered : counters.repeats).incrementAndGet();
        LOG.info("meal-card callback for session {}: {}{}", result.sessionId(), result.status(),
                fresh ? "" : " (repeat, already handled)");
        PlainExchange.reply(exchange, 200, fresh ? "OK" : "OK (already received)");
    }
}
