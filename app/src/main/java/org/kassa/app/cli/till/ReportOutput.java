package org.kassa.app.cli.till;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.till.TillRuntime;
import org.kassa.printer.PrinterException;
import org.kassa.till.report.ReportCsv;
import org.kassa.till.report.ReportJson;
import org.kassa.till.report.ShiftReport;

/** Where an X or Z report goes: one JSON line on stdout, and on request a CSV file and the printer. */
final class ReportOutput {

    private ReportOutput() {
    }

    static void emit(TillRuntime runtime, ShiftReport report, java.io.PrintWriter out, Path csv, boolean print) {
        out.println(ReportJson.write(report));
        out.flush();
        if (csv != null) {
            try {
                Path parent = csv.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(csv, ReportCsv.bytes(report));
            } catch (IOException e) {
                throw new CommandFailure("cannot write the CSV file " + csv + " (" + e.getMessage()
                        + "); give --csv a file in a folder this user may write");
            }
        }
        if (print) {
            try {
                runtime.printReport(report);
            } catch (PrinterException e) {
                throw new CommandFailure("the report was made but not printed: " + e.getMessage()
                        + "; it is stored, print it again with --print once the printer is fixed");
            }
        }
    }
}
