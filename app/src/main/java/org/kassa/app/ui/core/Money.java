package org.kassa.app.ui.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Money and quantities as UI.md shows them: {@code 1 249,70 ₽} (thin space), weights with three decimals. */
public final class Money {

    /** U+2009 THIN SPACE between thousands. */
    public static final char THIN = '\u2009';

    private Money() {
    }

    public static String format(long kopecks, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String sign = kopecks < 0 ? "−" : "";
        long abs = Math.abs(kopecks);
        String roubles = group(Long.toString(abs / 100), en ? ',' : THIN);
        return sign + roubles + (en ? "." : ",") + String.format(Locale.ROOT, "%02d", abs % 100) + "\u00a0₽";
    }

    /** Pieces without decimals, weights (KILOGRAM…) with three. */
    public static String quantity(BigDecimal quantity, String measure, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String text = "PIECE".equals(measure) ? quantity.setScale(0, RoundingMode.HALF_UP).toPlainString()
                : quantity.setScale(3, RoundingMode.HALF_UP).toPlainString();
        return en ? text : text.replace('.', ',');
    }

    /** Parses what an operator types for roubles: {@code 500}, {@code 500,5}, {@code 1 000.50}; -1 if not money. */
    public static long parseRoubles(String typed) {
        String text = typed == null ? "" : typed.replace(" ", "").replace(String.valueOf(THIN), "").replace(',', '.');
        if (!text.matches("\\d{1,9}(\\.\\d{0,2})?")) {
            return -1;
        }
        return new BigDecimal(text).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static String group(String digits, char separator) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
