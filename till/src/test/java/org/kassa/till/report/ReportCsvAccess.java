package org.kassa.till.report;

/** Lets tests in other packages reach the CSV field quoting. */
public final class ReportCsvAccess {

    private ReportCsvAccess() {
    }

    public static String field(String value) {
        return ReportCsv.field(value);
    }
}
