package org.kassa.app.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kassa.app.till.TillRuntime;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterProfile;
import org.kassa.till.report.ReportCsv;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.store.ShiftRow;

/**
 * What the report screens ask of the running till: X and stored Z reports, the shifts to choose from, the
 * report on paper, printing (stored as a print job first) and the CSV file. Every call blocks: view models
 * send them through {@code Jobs}.
 */
public final class ReportDesk {

    /** Closed shifts offered for a Z reprint, newest first. */
    static final int CLOSED_SHIFTS_SHOWN = 12;

    private final TillRuntime runtime;

    public ReportDesk(TillRuntime runtime) {
        this.runtime = runtime;
    }

    /** The open shift, if any (training opens one with its first sale). */
    public Optional<ShiftRow> openShift() {
        return runtime.shifts().current();
    }

    /** The latest closed shifts, newest first. */
    public List<ShiftRow> closedShifts() {
        return runtime.store().shifts().list(runtime.till().setup().tillId()).stream()
                .filter(s -> !s.open()).limit(CLOSED_SHIFTS_SHOWN).toList();
    }

    /** The open shift's X report as it stands now. */
    public ShiftReport x() {
        return runtime.shifts().x();
    }

    /** The Z report stored with closed shift {@code number}, exactly as made. */
    public ShiftReport z(int number) {
        return runtime.shifts().z(number);
    }

    /** The report as the printer gets it (ESC/POS in the till's printer profile and language). */
    public byte[] paper(ShiftReport report) {
        return runtime.reportPrint().of(report).bytes();
    }

    public PrinterProfile profile() {
        return runtime.till().setup().printer().profile();
    }

    /** The configured printer's address (the virtual printer in training), for the printer tips. */
    public String printerAddress() {
        return runtime.till().setup().printer().address();
    }

    public void print(ShiftReport report) throws PrinterException {
        runtime.printReport(report);
    }

    /** Where CSV files go unless the operator names another path: {@code <data folder>/exports}. */
    public Path exportsDir() {
        return runtime.settings().dataDir().resolve("exports");
    }

    /**
     * Writes the report's CSV (RFC 4180, UTF-8 with BOM) to {@code target}, or to a new file in
     * {@link #exportsDir()} when {@code target} is null; returns the absolute path written.
     */
    public Path writeCsv(ShiftReport report, Path target) throws IOException {
        Path file = target != null ? target.toAbsolutePath() : exportsDir().resolve(fileName(report));
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, ReportCsv.bytes(report));
        return file;
    }

    /** {@code report-X-shift-3-20261126T014000Z.csv}: the kind, the shift and when the report was made. */
    static String fileName(ShiftReport report) {
        String made = report.madeAt() == null ? "" : "-" + report.madeAt().replaceAll("[-:]", "")
                .replaceAll("\\.\\d+", "");
        return "report-" + report.kind() + "-shift-" + report.number() + made + ".csv";
    }
}
