package org.kassa.printer.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterException.Failure;
import org.kassa.printer.PrinterTip;

/**
 * A printer device file such as {@code /dev/usb/lp0} (Linux usblp) or any file (to capture a job). Writes only:
 * status is not read through the device file. The channel is interruptible, so a stalled write can be aborted.
 */
public final class DeviceFileLink implements Link {

    private final Path path;
    private FileChannel channel;

    public DeviceFileLink(Path path) {
        this.path = path;
    }

    @Override
    public void open(Duration timeout) throws PrinterException {
        try {
            channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (AccessDeniedException e) {
            throw new PrinterException(Failure.OFFLINE, PrinterTip.OFFLINE_DEVICE_PERMISSION,
                    "no permission to write " + path, e);
        } catch (NoSuchFileException e) {
            throw new PrinterException(Failure.OFFLINE, PrinterTip.OFFLINE_DEVICE_MISSING, path + " does not exist",
                    e);
        } catch (IOException e) {
            throw new PrinterException(Failure.OFFLINE, "cannot open " + path + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public int read(Duration timeout) {
        return -1;
    }

    @Override
    public boolean bidirectional() {
        return false;
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // best effort
        }
    }
}
