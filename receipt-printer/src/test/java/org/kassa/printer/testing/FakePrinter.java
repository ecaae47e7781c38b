package org.kassa.printer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The printer side of a link, as a real ESC/POS printer behaves: it keeps every byte it receives and answers
 * {@code DLE EOT n} at once with a status byte ({@code 0xx1xx10} pattern from the Epson reference).
 */
public final class FakePrinter {

    /** How the printer behaves. */
    public enum Mode {
        /** Takes everything, answers "online, paper present". */
        OK,
        /** Answers "offline, paper end" (an empty roll). */
        PAPER_OUT,
        /** Never reads and never answers. */
        STALL,
        /** Reads {@link #DROP_AFTER} bytes, then drops the connection. */
        DROP,
        /** Reads and keeps everything, never answers: a raw port-9100 sink or a print server. */
        SILENT,
        /** Answers the status check before the job, then stops reading (a jam): the job stays in buffers. */
        STALL_AFTER_STATUS
    }

    /** The longest a stalled printer holds its connection before giving up (tests end long before). */
    public static final Duration HOLD = Duration.ofSeconds(20);

    public static final int DROP_AFTER = 1000;

    private volatile Mode mode;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CountDownLatch released = new CountDownLatch(1);

    public FakePrinter(Mode mode) {
        this.mode = mode;
    }

    public void mode(Mode newMode) {
        this.mode = newMode;
    }

    public Mode mode() {
        return mode;
    }

    public synchronized byte[] received() {
        return received.toByteArray();
    }

    /** Serves one connection until the peer closes it or the mode says to stop. */
    public void serve(InputStream in, OutputStream out) throws IOException {
        Mode m = mode;
        if (m == Mode.STALL) {
            return;
        }
        int count = 0;
        int previous = -1;
        int beforePrevious = -1;
        int b;
        while ((b = in.read()) >= 0) {
            synchronized (this) {
                received.write(b);
            }
            if (beforePrevious == 0x10 && previous == 0x04 && m != Mode.SILENT) {
                out.write(answer(m, b));
                out.flush();
                if (m == Mode.STALL_AFTER_STATUS && b == 4) {
                    hold();
                    return;
                }
            }
            beforePrevious = previous;
            previous = b;
            if (m == Mode.DROP && ++count >= DROP_AFTER) {
                return;
            }
        }
    }

    /** Ends a stall early (the test is over). */
    public void release() {
        released.countDown();
    }

    private void hold() {
        try {
            released.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int answer(Mode m, int kind) {
        boolean empty = m == Mode.PAPER_OUT;
        return switch (kind) {
            case 1 -> empty ? 0x1A : 0x12;  // bit 3: offline
            case 2 -> empty ? 0x32 : 0x12;  // bit 5: stopped by paper end
            case 4 -> empty ? 0x72 : 0x12;  // bits 5-6: paper end
            default -> 0x12;
        };
    }

    /** Waits at most {@code limit} until {@code length} bytes were received; returns what was received. */
    public byte[] awaitReceived(int length, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (received().length < length && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return received();
    }

    /** What a job's bytes look like on a silent printer's wire: one unanswered status query, then the job. */
    public static byte[] afterUnansweredQuery(byte[] job) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(new byte[] {0x10, 0x04, 0x01});
        all.writeBytes(job);
        return all.toByteArray();
    }

    /** What a job's bytes look like on the wire with the status checks before and after it. */
    public static byte[] withStatusChecks(byte[] job) {
        byte[] query = {0x10, 0x04, 0x01, 0x10, 0x04, 0x04};
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(query);
        all.writeBytes(job);
        all.writeBytes(query);
        return all.toByteArray();
    }
}
