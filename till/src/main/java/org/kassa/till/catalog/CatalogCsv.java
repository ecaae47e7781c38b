package org.kassa.till.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a catalog CSV file: a header row naming the columns (any order) {@code article}, {@code barcode},
 * {@code name}, {@code price} (roubles, at most 2 decimals, e.g. 89.90), {@code measure} (PIECE when empty) and
 * {@code vat} (none, vat0, vat10, vat20, vat110, vat120). UTF-8 with or without BOM, separated by commas or
 * semicolons, fields quoted with {@code "} when they hold the separator. Every bad line is reported; the file is
 * all or nothing.
 */
public final class CatalogCsv {

    /** The columns a file may have; the first four are required. */
    public static final List<String> COLUMNS = List.of("article", "name", "price", "vat", "barcode", "measure");
    private static final int REQUIRED = 4;

    /** The demo catalog for training mode (classpath resource). */
    public static final String DEMO_RESOURCE = "/org/kassa/till/catalog/demo-catalog.csv";

    private CatalogCsv() {
    }

    public static List<Product> read(Path file) throws IOException, CatalogFormatException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** The demo catalog (~15 shop items, some sold by weight). */
    public static List<Product> demo() {
        try (InputStream in = CatalogCsv.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo catalog " + DEMO_RESOURCE + " is missing from the build");
            }
            return parse(in.readAllBytes(), DEMO_RESOURCE);
        } catch (IOException | CatalogFormatException e) {
            throw new IllegalStateException("the demo catalog is broken: " + e.getMessage(), e);
        }
    }

    /**
     * @param source the file name, for messages
     * @throws CatalogFormatException listing every bad line
     */
    public static List<Product> parse(byte[] content, String source) throws CatalogFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogFormatException(source, List.of("the file is not UTF-8 text; save it as \"CSV UTF-8\""));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.split(text, CsvRecords.separatorOf(text));
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(source, List.of(e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new CatalogFormatException(source, List.of("line 1: the file is empty; the first line must name "
                    + "the columns, e.g. article,barcode,name,price,measure,vat"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> columns = header(rows.get(0), problems);
        if (!problems.isEmpty()) {
            throw new CatalogFormatException(source, problems);
        }
        List<Product> products = new ArrayList<>();
        Map<String, Integer> articleLines = new HashMap<>();
        Map<String, Integer> barcodeLines = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            int before = problems.size();
            Product p = CatalogLine.product(row, columns, problems);
            if (p == null || problems.size() > before) {
                continue;
            }
            Integer seen = articleLines.putIfAbsent(p.article(), row.line());
            if (seen != null) {
                problems.add("line " + row.line() + ", column article: '" + p.article() + "' is already on line " + seen
                        + "; keep one of the two lines");
                continue;
            }
            Integer barcodeSeen = p.barcode() == null ? null : barcodeLines.putIfAbsent(p.barcode(), row.line());
            if (barcodeSeen != null) {
                problems.add("line " + row.line() + ", column barcode: " + p.barcode() + " is already on line "
                        + barcodeSeen + "; every product needs its own barcode");
                continue;
            }
            products.add(p);
        }
        if (!problems.isEmpty()) {
            throw new CatalogFormatException(source, problems);
        }
        return products;
    }

    private static Map<String, Integer> header(CsvRecords.Row row, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add("line 1, column " + (i + 1) + ": unknown column '" + name + "'; the columns are "
                        + String.join(", ", COLUMNS));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add("line 1: column '" + name + "' appears twice; keep one");
            }
        }
        for (String required : COLUMNS.subList(0, REQUIRED)) {
            if (!columns.containsKey(required)) {
                problems.add("line 1: the header has no column '" + required + "'; add it (the columns are "
                        + String.join(", ", COLUMNS) + ")");
            }
        }
        return columns;
    }

    /** Roubles with at most two decimals ("89.90", "89,9", "89") as kopecks; null if not such a number. */
    static Long kopecks(String roubles) {
        try {
            BigDecimal value = new BigDecimal(roubles.strip().replace(',', '.'));
            if (value.scale() > 2 || value.signum() < 0) {
                return null;
            }
            return value.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
