package org.kassa.printer.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterException.Failure;

/** A network printer's raw port (JetDirect, usually 9100). */
public final class TcpLink implements Link {

    private final String host;
    private final int port;
    private final Socket socket = new Socket();
    private InputStream in;
    private OutputStream out;

    public TcpLink(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void open(Duration timeout) throws PrinterException {
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new PrinterException(Failure.OFFLINE, "cannot connect to tcp://" + host + ":" + port + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public int read(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the printer closed the connection");
            }
            return b;
        } catch (SocketTimeoutException e) {
            return -1;
        }
    }

    @Override
    public boolean bidirectional() {
        return true;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is best effort: the job's outcome is already decided
        }
    }
}
