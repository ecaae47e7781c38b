package org.kassa.payclient.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TCP relay on loopback in front of a server that notes the moment the first bytes of a request line
 * starting with {@code prefix} pass through: "on the wire", as a proxy in front of the Pay API would see it.
 * Shared through payclient's test-jar by the sandbox's and the till's latency benchmarks.
 */
public final class FirstByteRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final byte[] prefix;
    private volatile CountDownLatch seen = new CountDownLatch(1);
    private volatile long seenNanos;
    private volatile boolean armed;

    public FirstByteRelay(URI targetBase, String requestLinePrefix) throws IOException {
        this.target = new InetSocketAddress(targetBase.getHost(), targetBase.getPort());
        this.prefix = requestLinePrefix.getBytes(StandardCharsets.US_ASCII);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "relay-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Watches for the next matching request. */
    public void arm() {
        seen = new CountDownLatch(1);
        armed = true;
    }

    /** System.nanoTime() when the armed request's first bytes arrived. */
    public long awaitNanos() throws InterruptedException {
        if (!seen.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no matching request reached the relay");
        }
        return seenNanos;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                client.setTcpNoDelay(true);
                Socket server = new Socket(target.getAddress(), target.getPort());
                server.setTcpNoDelay(true);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean watch) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (watch && armed && startsWithPrefix(buffer, n)) {
                        seenNanos = System.nanoTime();
                        armed = false;
                        seen.countDown();
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side closed: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-pump");
        t.setDaemon(true);
        t.start();
    }

    private boolean startsWithPrefix(byte[] buffer, int n) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
