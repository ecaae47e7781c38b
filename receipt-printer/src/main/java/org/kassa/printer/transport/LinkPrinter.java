package org.kassa.printer.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterException.Failure;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterStatus;

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
    public void send(byte[] bytes, Duration timeout) throws PrinterException {
        run(timeout, link -> {
            check(link, timeout, "before the job");
            link.write(bytes);
            check(link, timeout, "after the job");
            return null;
        });
    }

    @Override
    public PrinterStatus status(Duration timeout) throws PrinterException {
        if (!bidirectional()) {
            return PrinterStatus.UNKNOWN;
        }
        return run(timeout, link -> {
            PrinterStatus status = StatusProbe.query(link, timeout);
            if (status == null) {
                throw noAnswer();
            }
            return status;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Fails the job if the printer reports a problem or does not answer. */
    private void check(Link link, Duration timeout, String when) throws IOException, PrinterException {
        if (!bidirectional()) {
            return;
        }
        PrinterStatus status = StatusProbe.query(link, statusWait(timeout));
        if (status == null) {
            throw noAnswer();
        }
        Failure failure = status.failure();
        if (failure != null) {
            throw new PrinterException(failure, address + " reports " + failure.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " " + when + "; fix the printer and reprint the job");
        }
    }

    /** A third of the job's time for each status answer, at most 3 s: real printers answer within ms. */
    private static Duration statusWait(Duration timeout) {
        Duration third = timeout.dividedBy(3);
        return third.compareTo(MAX_STATUS_WAIT) > 0 ? MAX_STATUS_WAIT : third;
    }

    private PrinterException noAnswer() {
        return new PrinterException(Failure.TIMEOUT, address + " did not answer the status query; check the "
                + "printer (paper jam, stalled); if this model never answers, set statusQueries = false in its "
                + "profile");
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
                    + " ms; check that it is on, has paper and is not jammed, then reprint the job", e);
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
                    + "job (" + cause.getMessage() + "); part of it may be printed: check and reprint", cause);
        }
    }
}
