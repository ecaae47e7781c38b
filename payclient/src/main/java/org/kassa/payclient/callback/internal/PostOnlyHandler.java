package org.kassa.payclient.callback.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of both receiver endpoints: POST only, any unexpected failure answered with a plain 500 (no stack
 * trace to the caller, only the exception's class in the log), the exchange always closed.
 */
abstract class PostOnlyHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PostOnlyHandler.class);

    private final String what;

    /** {@code what} names the endpoint in the log and in the 500 answer, e.g. "callback". */
    PostOnlyHandler(String what) {
        this.what = what;
    }

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                PlainExchange.reply(exchange, 405, "error: use POST");
                return;
            }
            serve(exchange);
        } catch (RuntimeException e) {
            LOG.error("{} failed: {}", what, e.getClass().getSimpleName());
            PlainExchange.reply(exchange, 500, "error: the " + what + " could not be processed; send it again");
        } finally {
            exchange.close();
        }
    }

    /** Handles a POST; must answer exactly once. */
    abstract void serve(HttpExchange exchange) throws IOException;
}
