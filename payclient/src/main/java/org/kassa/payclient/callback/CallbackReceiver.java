package org.kassa.payclient.callback;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.kassa.payclient.callback.internal.CallbackHandler;
import org.kassa.payclient.callback.internal.PlainExchange;
import org.kassa.payclient.callback.internal.PostbackHandler;
import org.kassa.payclient.callback.internal.ReceiverCounters;

/**
 * The HTTP endpoint the app runs when meal cards are enabled (JDK HttpServer, docs/decisions/0031):
 * {@value ReceiverSettings#CALLBACK_PATH} for Craftgate callbacks and, when credentials are configured,
 * {@value ReceiverSettings#POSTBACK_PATH} for Koshelek Pay postbacks. Every other path answers 404.
 */
public final class CallbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReceiverCounters counters;

    private CallbackReceiver(HttpServer server, ExecutorService executor, ReceiverCounters counters) {
        this.server = server;
        this.executor = executor;
        this.counters = counters;
    }

    public static CallbackReceiver start(ReceiverSettings settings, MealCardListener mealCards,
                                         PostbackListener postbacks) {
        ServerTimeouts.warnIfDifferent(settings.requestTimeout());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.bindAddress() + ":" + settings.port()
                    + " (" + e.getMessage() + "); choose a free port in mealcard.receiver.port or pay.postback.port", e);
        }
        ReceiverCounters counters = new ReceiverCounters();
        if (settings.callbackEnabled()) {
            server.createContext(ReceiverSettings.CALLBACK_PATH,
                    new CallbackHandler(settings.callbackKey(), settings.maxBodyBytes(), mealCards, counters));
        }
        if (settings.postbackEnabled()) {
            server.createContext(ReceiverSettings.POSTBACK_PATH, new PostbackHandler(settings.postbackLogin(),
                    settings.postbackPassword(), settings.maxBodyBytes(), postbacks, counters));
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                PlainExchange.reply(exchange, 404, "error: unknown path; meal-card callbacks go to "
                        + ReceiverSettings.CALLBACK_PATH);
            }
        });
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mealcard-receiver-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new CallbackReceiver(server, executor, counters);
    }

    /** Counts since start, for a health view. */
    public ReceiverStats stats() {
        return counters.snapshot();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The callback URL on the bound address (behind NAT, configure the public one instead). */
    public URI callbackUrl() {
        return URI.create("http://" + host() + ":" + port() + ReceiverSettings.CALLBACK_PATH);
    }

    public URI postbackUrl() {
        return URI.create("http://" + host() + ":" + port() + ReceiverSettings.POSTBACK_PATH);
    }

    private String host() {
        String host = server.getAddress().getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
