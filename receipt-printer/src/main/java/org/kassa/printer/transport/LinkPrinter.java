package org.kassa.printer.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Locale;
import java.util.function.Supplier;
import org.kassa.printer.PrintOutcome;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterException.Failure;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterProfile.StatusMode;
import org.kassa.printer.PrinterStatus;
import org.kassa.printer.PrinterTip;

/**
 * A {@link Printer} over a {@link Link}, one link per job. The job runs on a worker thread so that the caller's
 * timeout holds even when a write blocks: on timeout the link is closed, which unblocks the worker.
 */
public final class LinkPrinter implements Printer {

    private static final Duration MAX_STATUS_WAIT = Duration.ofSeconds(3);

    private final String address;
    private final PrinterProfile profile;
    private final Supplier<Link> links;
    private final boolean bidirectional;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kassa-printer");
        t.setDaemon(true);
        return t;
    });

    public LinkPrinter(String address, PrinterProfile profile, Supplier<Link> links, boolean bidirectional) {
        this.address = address;
        this.profile = profile;
        this.links = links;
        this.bidirectional = bidirectional;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public PrinterProfile profile() {
        return profile;
    }

    @Override
    public boolean bidirectional() {
        return bidirectional && profile.statusQueries();
    }

    @Override
    public PrintOutcome send(byte[] bytes, Duration timeout) throws PrinterException {
        return run(timeout, link -> {
            Answer before = check(link, timeout, "before the job");
            link.write(bytes);
            return switch (before) {
                case NOT_ASKED -> PrintOutcome.PRINTED;
                case SILENT -> PrintOutcome.PRINTED_STATUS_UNKNOWN;
                case ANSWERED -> {
                    // it answers, so silence now means it stopped taking data: a small job fits in the
                    // buffers, and this is the only sign that it never reached the paper
                    if (check(link, timeout, "after the job") == Answer.SILENT) {
                        throw new PrinterException(Failure.TIMEOUT, address + " answered the status query "
                                + "before the job but not after it: it stopped taking data");
                    }
                    yield PrintOutcome.PRINTED;
                }
            };
        });
    }

    @Override
    public PrinterStatus status(Duration timeout) throws PrinterException {
        if (!bidirectional()) {
            return PrinterStatus.UNKNOWN;
        }
        return run(timeout, link -> {
            PrinterStatus status = StatusProbe.query(link, statusWait(timeout));
            if (status == null) {
                if (strict()) {
                    throw noAnswer();
                }
                return PrinterStatus.UNKNOWN;
            }
            return status;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** What a status check found. */
    private enum Answer { NOT_ASKED, ANSWERED, SILENT }

    /**
     * Asks the printer's status; fails the job if it reports a problem, or does not answer and the profile
     * requires an answer.
     */
    private Answer check(Link link, Duration timeout, String when) throws IOException, PrinterException {
        if (!bidirectional()) {
            return Answer.NOT_ASKED;
        }
        PrinterStatus status = StatusProbe.query(link, statusWait(timeout));
        if (status == null) {
            if (strict()) {
                throw noAnswer();
            }
            return Answer.SILENT;
        }
        Failure failure = status.failure();
        if (failure != null) {
            throw new PrinterException(failure, address + " reports " + failure.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " " + when);
        }
        return Answer.ANSWERED;
    }

    private boolean strict() {
        return profile.status() == StatusMode.STRICT;
    }

    /** A third of the job's time for each status answer, at most 3 s: real printers answer within ms. */
    private static Duration statusWait(Duration timeout) {
        Duration third = timeout.dividedBy(3);
        return third.compareTo(MAX_STATUS_WAIT) > 0 ? MAX_STATUS_WAIT : third;
    }

    private PrinterException noAnswer() {
        return new PrinterException(Failure.TIMEOUT, PrinterTip.TIMEOUT_NO_STATUS_ANSWER, address
                + " did not answer the status query (DLE EOT) and its profile requires an answer (status.mode = "
                + "strict)", null);
    }

    private interface Job<T> {
        T run(Link link) throws IOException, PrinterException;
    }

    private <T> T run(Duration timeout, Job<T> job) throws PrinterException {
        Link link = links.get();
        Future<T> future = worker.submit(() -> {
            try {
                link.open(timeout);
                return job.run(link);
            } finally {
                link.close();
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            link.close();
            future.cancel(true);
            throw new PrinterException(Failure.TIMEOUT, address + " took no data for " + timeout.toMillis()
                    + " ms", e);
        } catch (InterruptedException e) {
            link.close();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PrinterException(Failure.TIMEOUT, "printing to " + address + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PrinterException p) {
                throw p;
            }
            throw new PrinterException(Failure.CONNECTION_LOST, "the connection to " + address + " broke during the "
                    + "job (" + cause.getMessage() + ")", cause);
        }
    }
}
