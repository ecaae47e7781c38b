package org.kassa.till.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold the separator, line breaks and doubled
 * quotes), remembering the line each record starts on. The separator is ';' when the header has more
 * semicolons than commas outside quotes, else ','.
 */
final class CsvRecords {

    /** One record: its fields and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The non-blank records; throws with the line of an unclosed quote. */
    static List<Row> split(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addIfNotBlank(rows, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + ": a quote \" is never closed; close it or "
                    + "remove it");
        }
        fields.add(field.toString());
        addIfNotBlank(rows, recordLine, fields);
        return rows;
    }

    private static void addIfNotBlank(List<Row> rows, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
