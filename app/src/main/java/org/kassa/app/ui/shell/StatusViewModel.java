package org.kassa.app.ui.shell;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kassa.app.config.KassaMode;
import org.kassa.app.ui.core.Jobs;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterStatus;

/**
 * The status bar's facts: the mode, whether the Pay API answers (a TCP connect to its address), the printer's
 * status; checked in the background on {@link #check()} (the view calls it every few seconds).
 */
public final class StatusViewModel {

    public enum Health { UNKNOWN, OK, DOWN }

    private static final int CONNECT_TIMEOUT_MS = 1500;

    private final KassaMode mode;
    private final URI payApi;
    private final Printer printer;
    private final Jobs jobs;
    private final ObjectProperty<Health> pay = new SimpleObjectProperty<>(Health.UNKNOWN);
    private final ObjectProperty<Health> printerHealth = new SimpleObjectProperty<>(Health.UNKNOWN);
    /** Records not yet in the shop's central store; -1 when none is configured (decision 0171). */
    private final LongProperty centralPending = new SimpleLongProperty(-1);
    private LongSupplier centralBacklog;

    public StatusViewModel(KassaMode mode, URI payApi, Printer printer, Jobs jobs) {
        this.mode = mode;
        this.payApi = payApi;
        this.printer = printer;
        this.jobs = jobs;
    }

    /** With a central store configured: {@code backlog} counts what it has not taken in yet (read on each check). */
    public StatusViewModel central(LongSupplier backlog) {
        this.centralBacklog = backlog;
        return this;
    }

    public void check() {
        if (centralBacklog != null) {
            jobs.run(centralBacklog::getAsLong, centralPending::set, e -> { });
        }
        jobs.run(this::payAnswers, ok -> pay.set(ok ? Health.OK : Health.DOWN), e -> pay.set(Health.DOWN));
        jobs.run(() -> printer == null ? PrinterStatus.UNKNOWN : printer.status(Duration.ofMillis(800)),
                s -> printerHealth.set(!s.known() ? Health.UNKNOWN : s.failure() == null ? Health.OK : Health.DOWN),
                e -> printerHealth.set(Health.DOWN));
    }

    private boolean payAnswers() {
        int port = payApi.getPort() > 0 ? payApi.getPort() : "https".equals(payApi.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(payApi.getHost(), port), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public KassaMode mode() {
        return mode;
    }

    public ObjectProperty<Health> pay() {
        return pay;
    }

    public ObjectProperty<Health> printer() {
        return printerHealth;
    }

    public LongProperty centralPending() {
        return centralPending;
    }
}
