package org.kassa.app.cli.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kassa.app.config.ConfigFile;

/**
 * A configuration file's text fit for a support bundle: every secret value (a key whose last part names a
 * password, key or secret, e.g. pay.password, totp.key, mealcard.secretKey, pay.postback.password) becomes
 * {@code ***}, including its continuation lines, and a {@code password=} inside a JDBC URL too. Comments and
 * everything else stay as written, so support sees the merchant's own file.
 */
final class ConfigMasking {

    private static final Pattern ENTRY = Pattern.compile("^(\\s*)([^#!\\s=:][^=:\\s]*)(\\s*[=:\\s]\\s*)(.*)$");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^;&\\s]*");

    private ConfigMasking() {
    }

    static String mask(String text) {
        List<String> out = new ArrayList<>();
        boolean maskingContinuation = false;
        boolean continuation = false;
        for (String line : text.split("\r?\n", -1)) {
            String trimmed = line.stripLeading();
            boolean comment = !continuation && (trimmed.startsWith("#") || trimmed.startsWith("!"));
            boolean continues = !comment && endsWithOddBackslashes(line);
            if (continuation) {
                out.add(maskingContinuation ? "***" : URL_PASSWORD.matcher(line).replaceAll("$1***"));
            } else {
                Matcher m = ENTRY.matcher(line);
                if (m.matches() && ConfigFile.isSecret(unescape(m.group(2)))) {
                    out.add(m.group(1) + m.group(2) + m.group(3) + (m.group(4).isEmpty() ? "" : "***"));
                    maskingContinuation = true;
                } else {
                    out.add(URL_PASSWORD.matcher(line).replaceAll("$1***"));
                    maskingContinuation = false;
                }
            }
            continuation = continues;
        }
        return String.join("\n", out);
    }

    private static String unescape(String key) {
        return key.replace("\\", "");
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
