package org.kassa.printer.transport;

import java.io.IOException;
import java.time.Duration;
import com.fazecast.jSerialComm.SerialPort;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterException.Failure;
import org.kassa.printer.PrinterTip;

/** A printer on a serial port (RS-232 or a USB-serial adapter), 8N1 with the given speed, via jSerialComm. */
public final class SerialLink implements Link {

    private final String path;
    private final int baud;
    private SerialPort port;

    public SerialLink(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    @Override
    public void open(Duration timeout) throws PrinterException {
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new PrinterException(Failure.OFFLINE, PrinterTip.OFFLINE_SERIAL_PORT, "no serial port " + path, e);
        }
        candidate.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                0, 0);
        if (!candidate.openPort()) {
            throw new PrinterException(Failure.OFFLINE, PrinterTip.OFFLINE_SERIAL_PORT, "cannot open serial port "
                    + path + " (error " + candidate.getLastErrorCode() + ")", null);
        }
        port = candidate;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            int n = port.writeBytes(bytes, bytes.length - done, done);
            if (n < 0) {
                throw new IOException("writing to " + path + " failed (error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
        drain();
    }

    /**
     * Waits until the port has sent the bytes out: a job is closed right after its last write, and bytes still
     * queued at close may be lost. Bounded by the job's timeout: on timeout the port is closed from the
     * caller's thread (then nothing counts as waiting) and the worker is interrupted.
     */
    private void drain() throws IOException {
        while (port.bytesAwaitingWrite() > 0) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + path + " was sending the job", e);
            }
        }
    }

    @Override
    public int read(Duration timeout) throws IOException {
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                (int) Math.max(1, timeout.toMillis()), 0);
        byte[] one = new byte[1];
        int n = port.readBytes(one, 1);
        if (n < 0) {
            throw new IOException("reading from " + path + " failed (error " + port.getLastErrorCode() + ")");
        }
        return n == 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public boolean bidirectional() {
        return true;
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
        }
    }
}
