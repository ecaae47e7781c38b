package org.kassa.sandbox.craftgate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kassa.payclient.craftgate.CraftgateSettings;

/** The Craftgate sandbox handler on its own loopback HttpServer, for tests. */
public final class CraftgateSandboxServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final CraftgateSandbox sandbox;

    public CraftgateSandboxServer() {
        this(CraftgateSandboxSettings.training());
    }

    public CraftgateSandboxServer(CraftgateSandboxSettings settings) {
        sandbox = new CraftgateSandbox(settings);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(CraftgateSandbox.MOUNT, sandbox);
        server.setExecutor(executor);
        server.start();
    }

    public CraftgateSandbox sandbox() {
        return sandbox;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Client settings that match the training sandbox; short timeouts for tests. */
    public CraftgateSettings clientSettings() {
        CraftgateSandboxSettings t = CraftgateSandboxSettings.training();
        return new CraftgateSettings(baseUrl(), t.apiKey(), t.secretKey(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 3);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        sandbox.close();
    }
}
