package org.kassa.printer;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kassa.printer.preview.PreviewRenderer;

/**
 * A printer that keeps what it was sent and draws it: training mode, the till's receipt preview and
 * diagnostics. It can be told to fail like a real printer (out of paper, offline) to rehearse those cases.
 */
public final class VirtualPrinter implements Printer {

    /** Jobs kept; older ones are dropped (the spooler keeps the jobs themselves). */
    public static final int KEEP = 50;

    private final PrinterProfile profile;
    private final List<byte[]> printed = new ArrayList<>();
    private PrinterException.Failure failure;

    public VirtualPrinter(PrinterProfile profile) {
        this.profile = profile;
    }

    /** Draws any ESC/POS stream as this printer would print it. */
    public BufferedImage preview(byte[] bytes) {
        return PreviewRenderer.render(bytes, profile);
    }

    /** The last job printed, drawn; null if nothing was printed yet. */
    public synchronized BufferedImage lastPreview() {
        return printed.isEmpty() ? null : preview(printed.get(printed.size() - 1));
    }

    /** The bytes of the jobs printed, oldest first. */
    public synchronized List<byte[]> printed() {
        return printed.stream().map(byte[]::clone).toList();
    }

    /** From now on, fail every job with {@code failure} (null: print normally again). */
    public synchronized void simulate(PrinterException.Failure failure) {
        this.failure = failure;
    }

    @Override
    public String address() {
        return "virtual";
    }

    @Override
    public PrinterProfile profile() {
        return profile;
    }

    @Override
    public boolean bidirectional() {
        return true;
    }

    @Override
    public synchronized PrintOutcome send(byte[] bytes, Duration timeout) throws PrinterException {
        if (failure != null) {
            throw new PrinterException(failure, "virtual printer: simulated " + failure.name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + " (training)");
        }
        printed.add(bytes.clone());
        if (printed.size() > KEEP) {
            printed.remove(0);
        }
        return PrintOutcome.PRINTED;
    }

    @Override
    public synchronized PrinterStatus status(Duration timeout) {
        if (failure == null) {
            return PrinterStatus.READY;
        }
        return switch (failure) {
            case PAPER_OUT -> new PrinterStatus(true, false, true, false, false, false);
            case COVER_OPEN -> new PrinterStatus(true, false, false, false, true, false);
            case PRINTER_ERROR -> new PrinterStatus(true, false, false, false, false, true);
            default -> new PrinterStatus(true, false, false, false, false, false);
        };
    }
}
