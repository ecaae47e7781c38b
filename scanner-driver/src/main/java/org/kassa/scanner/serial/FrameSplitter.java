package org.kassa.scanner.serial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the serial byte stream into codes, binary-safe: every byte value except the terminator stays in
 * the code (GS 0x1D, EOT, NUL, 0xFF…), frames split over several reads are joined, several frames in one
 * read are separated. Without a terminator a code ends after the idle timeout; with one, a code cut off
 * by an unplugged cable is still delivered by {@link #drain()}.
 * Not thread-safe: one reader thread owns it.
 */
final class FrameSplitter {

    /** A code longer than this is cut, so a jammed line cannot eat all memory. */
    static final int MAX_FRAME = 64 * 1024;

    private final SerialSettings.Terminator terminator;
    private final long idleNanos;
    private byte[] frame = new byte[256];
    private int size;
    private long lastByteNanos;

    FrameSplitter(SerialSettings.Terminator terminator, long idleNanos) {
        this.terminator = terminator;
        this.idleNanos = idleNanos;
    }

    /** Adds bytes read at {@code nowNanos}; returns the codes they completed (terminators removed). */
    List<byte[]> feed(byte[] buffer, int length, long nowNanos) {
        List<byte[]> out = idle(nowNanos);
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            switch (terminator) {
                case CR -> appendOrEnd(b, b == '\r', out);
                case LF -> appendOrEnd(b, b == '\n', out);
                case CRLF -> {
                    if (b == '\n' && size > 0 && frame[size - 1] == '\r') {
                        size--;
                        complete(out);
                    } else {
                        appendOrEnd(b, false, out);
                    }
                }
                case NONE -> appendOrEnd(b, false, out);
            }
        }
        if (length > 0) {
            lastByteNanos = nowNanos;
        }
        return out;
    }

    /** Without a terminator: the code in progress, if the line has been silent longer than the idle timeout. */
    List<byte[]> idle(long nowNanos) {
        List<byte[]> out = new ArrayList<>(1);
        if (terminator == SerialSettings.Terminator.NONE && size > 0 && nowNanos - lastByteNanos > idleNanos) {
            complete(out);
        }
        return out;
    }

    /** Whatever is left, when the port closes: a partial code is still a code the operator may need. */
    List<byte[]> drain() {
        List<byte[]> out = new ArrayList<>(1);
        complete(out);
        return out;
    }

    private void appendOrEnd(byte b, boolean end, List<byte[]> out) {
        if (end) {
            complete(out);
            return;
        }
        if (size == frame.length) {
            frame = Arrays.copyOf(frame, Math.min(MAX_FRAME, frame.length * 2));
        }
        frame[size++] = b;
        if (size == MAX_FRAME) {
            complete(out);
        }
    }

    private void complete(List<byte[]> out) {
        if (size > 0) {
            out.add(Arrays.copyOf(frame, size));
        }
        size = 0;
    }
}
