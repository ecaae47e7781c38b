package org.kassa.printer.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/** A network printer on 127.0.0.1 (a real TCP socket) that behaves as a {@link FakePrinter}. */
public final class LoopbackPrinter implements AutoCloseable {

    private static final int ACCEPT_POLL_MS = 200;
    /** A connection idle this long is given up (a test's printer side never waits forever). */
    private static final int READ_LIMIT_MS = 20_000;

    private final ServerSocket server;
    private final FakePrinter printer;
    private final List<Socket> stalled = new ArrayList<>();
    private final Thread acceptor;

    public LoopbackPrinter(FakePrinter.Mode mode) throws IOException {
        printer = new FakePrinter(mode);
        server = new ServerSocket();
        server.setReceiveBufferSize(4096);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setSoTimeout(ACCEPT_POLL_MS);
        acceptor = new Thread(this::acceptLoop, "loopback-printer");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public FakePrinter printer() {
        return printer;
    }

    public String address() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** Accepts until closed; each accept and each read is bounded so that no thread waits forever. */
    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s;
                try {
                    s = server.accept();
                } catch (SocketTimeoutException e) {
                    continue;
                }
                s.setSoTimeout(READ_LIMIT_MS);
                if (printer.mode() == FakePrinter.Mode.STALL) {
                    synchronized (stalled) {
                        stalled.add(s);
                    }
                    continue;
                }
                try (s) {
                    printer.serve(s.getInputStream(), s.getOutputStream());
                } catch (IOException e) {
                    // the till closed or reset the connection, or it idled too long: the next accept follows
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        printer.release();
        server.close();
        synchronized (stalled) {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }
}
