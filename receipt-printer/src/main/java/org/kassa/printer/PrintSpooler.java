package org.kassa.printer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints synchronously with a timeout and keeps every job, so nothing printed is ever lost: listeners see
 * each job first as PENDING (before any byte leaves, so the app can store it), then PRINTING, then PRINTED,
 * PRINTED_STATUS_UNKNOWN (sent, but the printer never answered the status query: store that on the job) or
 * FAILED. A failed job, or one the app restored after a restart, is printed again with {@link #reprint}.
 */
public final class PrintSpooler {

    /** Sent jobs kept in memory for reprinting; failed and pending jobs are always kept. */
    public static final int KEEP_PRINTED = 100;

    private static final Logger LOG = LoggerFactory.getLogger(PrintSpooler.class);

    private final Printer printer;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, PrintJob> jobs = new LinkedHashMap<>();
    private final List<Consumer<PrintJob>> listeners = new CopyOnWriteArrayList<>();

    public PrintSpooler(Printer printer, Duration timeout) {
        this(printer, timeout, Clock.systemUTC());
    }

    public PrintSpooler(Printer printer, Duration timeout, Clock clock) {
        this.printer = printer;
        this.timeout = timeout;
        this.clock = clock;
    }

    public Printer printer() {
        return printer;
    }

    /** Called on every change of a job, on the printing thread. */
    public void addListener(Consumer<PrintJob> listener) {
        listeners.add(listener);
    }

    /** Makes a job of {@code document} and prints it; the job stays available whatever happens. */
    public PrintJob print(PrintDocument document) throws PrinterException {
        PrintJob job = new PrintJob(UUID.randomUUID().toString(), document.bytes(), document.warnings(),
                PrintJob.Status.PENDING, clock.instant(), 0, null);
        update(job);
        return send(job);
    }

    /** Prints a kept job again, or a job the app restored from its store (it is kept from now on). */
    public PrintJob reprint(PrintJob job) throws PrinterException {
        return send(job);
    }

    /** Prints the kept job with this id again. */
    public PrintJob reprint(String id) throws PrinterException {
        PrintJob job = job(id).orElseThrow(() -> new IllegalArgumentException("no print job " + id
                + " is kept; reprint it from the stored copy"));
        return send(job);
    }

    public synchronized Optional<PrintJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Kept jobs, oldest first. */
    public synchronized List<PrintJob> jobs() {
        return new ArrayList<>(jobs.values());
    }

    private PrintJob send(PrintJob job) throws PrinterException {
        PrintJob printing = update(job.with(PrintJob.Status.PRINTING, job.attempts() + 1, null));
        PrintOutcome outcome;
        try {
            outcome = printer.send(printing.bytes(), timeout);
        } catch (PrinterException e) {
            LOG.warn("print job {} on {} failed (attempt {}): {}: {}", job.id(), printer.address(),
                    printing.attempts(), e.failure(), e.getMessage());
            update(printing.with(PrintJob.Status.FAILED, printing.attempts(), e.failure() + ": " + e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            update(printing.with(PrintJob.Status.FAILED, printing.attempts(), e.toString()));
            throw e;
        }
        if (outcome == PrintOutcome.PRINTED_STATUS_UNKNOWN) {
            LOG.warn("print job {} sent to {}, but the printer did not answer the status query: whether it printed "
                    + "is unknown (profile {} has status.mode = optional)", job.id(), printer.address(),
                    printer.profile().name());
        }
        return update(printing.with(PrintJob.Status.of(outcome), printing.attempts(), null));
    }

    private PrintJob update(PrintJob job) {
        synchronized (this) {
            jobs.remove(job.id());
            jobs.put(job.id(), job);
            trim();
        }
        listeners.forEach(l -> l.accept(job));
        return job;
    }

    private void trim() {
        long printed = jobs.values().stream().filter(j -> j.status().sent()).count();
        Iterator<PrintJob> it = jobs.values().iterator();
        while (printed > KEEP_PRINTED && it.hasNext()) {
            if (it.next().status().sent()) {
                it.remove();
                printed--;
            }
        }
    }
}
