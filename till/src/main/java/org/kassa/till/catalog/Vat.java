package org.kassa.till.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The VAT rate of an item, with the Pay API's {@code tax} codes ({@link #code()}). */
public enum Vat {
    NONE("none"), VAT0("vat0"), VAT10("vat10"), VAT20("vat20"), VAT110("vat110"), VAT120("vat120");

    private final String code;

    Vat(String code) {
        this.code = code;
    }

    /** The code in the Pay API and in catalog files, e.g. {@code vat20}. */
    public String code() {
        return code;
    }

    /** The rate with code {@code text} (case-insensitive). */
    public static Optional<Vat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Vat::code).collect(Collectors.joining(", "));
    }
}
