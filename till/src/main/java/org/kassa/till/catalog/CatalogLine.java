package org.kassa.till.catalog;

import java.util.List;
import java.util.Map;

/** One data line of a catalog file as a {@link Product}, or the problems with it (all of them). */
final class CatalogLine {

    private CatalogLine() {
    }

    static Product product(CsvRecords.Row row, Map<String, Integer> columns, List<String> problems) {
        String at = "line " + row.line() + ", column ";
        int before = problems.size();
        String article = field(row, columns, "article");
        if (article.isEmpty()) {
            problems.add(at + "article: empty; every product needs an article (the shop's own code)");
        } else if (!article.matches("[\\p{L}\\p{N}._\\-/]{1," + Product.MAX_ARTICLE + "}")) {
            problems.add(at + "article: '" + article + "' must be 1 to " + Product.MAX_ARTICLE
                    + " letters, digits or . _ - /");
        }
        String name = field(row, columns, "name");
        if (name.isEmpty() || name.length() > Product.MAX_NAME) {
            problems.add(at + "name: must be 1 to " + Product.MAX_NAME + " characters; write the name for the receipt");
        }
        String priceText = field(row, columns, "price");
        Long price = CatalogCsv.kopecks(priceText);
        if (price == null) {
            problems.add(at + "price: '" + priceText + "' is not a price in roubles; write it with at most 2 "
                    + "decimals, e.g. 89.90");
        }
        String barcode = field(row, columns, "barcode");
        String barcodeProblem = barcodeProblem(barcode);
        if (barcodeProblem != null) {
            problems.add(at + "barcode: '" + barcode + "' " + barcodeProblem);
        }
        String measureText = field(row, columns, "measure");
        Measure measure = Measure.parse(measureText).orElse(null);
        if (measure == null) {
            problems.add(at + "measure: '" + measureText + "' is not a measure; use one of " + Measure.allowed()
                    + " (empty means PIECE)");
        }
        String vatText = field(row, columns, "vat");
        Vat vat = Vat.parse(vatText).orElse(null);
        if (vat == null) {
            problems.add(at + "vat: '" + vatText + "' is not a VAT rate; use one of " + Vat.allowed());
        }
        if (problems.size() > before) {
            return null;
        }
        return new Product(article, barcode.isEmpty() ? null : barcode, name, price, measure, vat);
    }

    private static String field(CsvRecords.Row row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.fields().size() ? "" : row.fields().get(index).strip();
    }

    /** Null when the barcode is empty or fine; else what is wrong and what to do. */
    static String barcodeProblem(String barcode) {
        if (barcode.isEmpty()) {
            return null;
        }
        if (!barcode.matches("[0-9]{1,64}")) {
            return "must be digits only; copy it from the package or leave it empty";
        }
        if ((barcode.length() == 13 || barcode.length() == 8) && !checkDigitOk(barcode)) {
            return "has a wrong check digit (last digit); copy it again from the package";
        }
        return null;
    }

    /** The EAN-13 / EAN-8 check digit rule. */
    static boolean checkDigitOk(String digits) {
        int sum = 0;
        int n = digits.length();
        for (int i = 0; i < n - 1; i++) {
            int d = digits.charAt(i) - '0';
            int weight = ((n - 1 - i) % 2 == 1) ? 3 : 1;
            sum += d * weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(n - 1) - '0';
    }
}
