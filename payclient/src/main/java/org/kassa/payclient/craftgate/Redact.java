package org.kassa.payclient.craftgate;

import java.util.regex.Pattern;

/** How secrets appear in toString, messages and logs: never their value. */
public final class Redact {

    private static final Pattern LONG_DIGIT_RUNS = Pattern.compile("\\d[\\d ]{8,}\\d");

    private Redact() {
    }

    /** "(set)" or "(none)": enough to debug a missing field without showing it. */
    public static String present(Object value) {
        return value == null || value.toString().isEmpty() ? "(none)" : "(set)";
    }

    /** Text from elsewhere (a server's error description) with long digit runs such as card numbers hidden. */
    public static String digits(String text) {
        return text == null ? null : LONG_DIGIT_RUNS.matcher(text).replaceAll("****");
    }
}
