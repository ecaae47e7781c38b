package org.kassa.scanner.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.kassa.scanner.internal.AbstractSource;
import org.kassa.scanner.internal.Worker;

/**
 * A scanner on a serial port (RS-232, or USB in CDC/virtual-COM mode) through jSerialComm. One reader thread
 * opens the port, cuts the bytes into codes and, when the device is unplugged, closes it and keeps trying
 * to reopen the same path, so a replugged scanner works again without restarting the till.
 */
public final class SerialScannerSource extends AbstractSource {

    private static final int READ_TIMEOUT_MILLIS = 20;

    private final SerialSettings settings;
    private final Worker worker;

    public SerialScannerSource(SerialSettings settings) {
        super("serial:" + settings.port());
        this.settings = settings;
        this.worker = new Worker("serial-scanner-" + settings.port(), this::readLoop);
    }

    @Override
    public synchronized void start() {
        if (!worker.started()) {
            report(SourceHealth.Reason.OPENING, "opening " + settings.port());
            worker.start();
        }
    }

    @Override
    public void stop() {
        worker.stop();
        report(SourceHealth.Reason.STOPPED, "stopped");
    }

    private void readLoop() {
        byte[] buffer = new byte[4096];
        while (worker.running()) {
            SerialPort port = open();
            if (port == null) {
                Worker.pause(settings.reconnect());
                continue;
            }
            FrameSplitter splitter = new FrameSplitter(settings.terminator(), settings.idleTimeout().toNanos());
            report(SourceHealth.Reason.LISTENING, settings.port() + " open at " + settings.baud() + " "
                    + settings.framing());
            try {
                while (worker.running()) {
                    int n = port.readBytes(buffer, buffer.length);
                    long now = System.nanoTime();
                    if (n < 0) {
                        report(SourceHealth.Reason.UNPLUGGED, settings.port()
                                + " was unplugged or closed; waiting for it to come back");
                        break;
                    }
                    splitter.feed(buffer, n, now).forEach(this::deliver);
                }
            } finally {
                splitter.drain().forEach(this::deliver);
                port.closePort();
            }
        }
    }

    private SerialPort open() {
        Path path = Path.of(settings.port());
        if (!Files.exists(path)) {
            report(SourceHealth.Reason.DEVICE_MISSING, settings.port()
                    + " is not there; plug the scanner in or check scanner.serial.port");
            return null;
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            report(SourceHealth.Reason.NO_PERMISSION, "no permission to open " + settings.port()
                    + "; add the till user to the 'dialout' group (then log in again)");
            return null;
        }
        try {
            SerialPort port = SerialPort.getCommPort(settings.port());
            SerialSettings.Framing f = settings.framing();
            port.setComPortParameters(settings.baud(), f.dataBits(),
                    f.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, parity(f.parity()));
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
            if (port.openPort()) {
                return port;
            }
            report(SourceHealth.Reason.DEVICE_BUSY, settings.port()
                    + " cannot be opened (error " + port.getLastErrorCode() + "); is another program using it?");
        } catch (SerialPortInvalidPortException e) {
            report(SourceHealth.Reason.NOT_A_SERIAL_PORT, settings.port() + " is not a serial port; check "
                    + "scanner.serial.port");
        }
        return null;
    }

    private static int parity(char p) {
        return switch (p) {
            case 'E' -> SerialPort.EVEN_PARITY;
            case 'O' -> SerialPort.ODD_PARITY;
            case 'M' -> SerialPort.MARK_PARITY;
            case 'S' -> SerialPort.SPACE_PARITY;
            default -> SerialPort.NO_PARITY;
        };
    }

    private void deliver(byte[] frame) {
        emit(new ScannedCode(new String(frame, settings.charset()), null, id(), Instant.now()));
    }
}
