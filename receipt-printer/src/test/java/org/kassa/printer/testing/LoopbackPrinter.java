package org.kassa.printer.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/** A network printer on 127.0.0.1 (a real TCP socket) that behaves as a {@link FakePrinter}. */
public final class LoopbackPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final FakePrinter printer;
    private final List<Socket> stalled = new ArrayList<>();
    private final Thread acceptor;

    public LoopbackPrinter(FakePrinter.Mode mode) throws IOException {
        printer = new FakePrinter(mode);
        server = new ServerSocket();
        server.setReceiveBufferSize(4096);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
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

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                if (printer.mode() == FakePrinter.Mode.STALL) {
                    synchronized (stalled) {
                        stalled.add(s);
                    }
                    continue;
                }
                try (s) {
                    printer.serve(s.getInputStream(), s.getOutputStream());
                } catch (IOException e) {
                    // the till closed or reset the connection: the next accept follows
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (stalled) {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }
}
