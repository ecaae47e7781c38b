package org.kassa.scanner.image;

import java.util.List;

/** What the tests encode: Koshelek TOTP barcodes, a legacy card, Cyrillic text and GS-separated data. */
final class Payloads {

    static final String TOTP = "CM1234567891011=A1G97N=49203817";
    static final String TOTP_NO_SESSION = "CM1234567891011=49203817";
    static final String CYRILLIC = "Кошелёк 42";
    static final String GS1_WITH_GS = "0104601234567890\u001D21ABCDEF\u001D9112345";

    static final List<String> ALL = List.of(TOTP, TOTP_NO_SESSION, CYRILLIC, GS1_WITH_GS);

    private Payloads() {
    }

    static String label(String payload) {
        if (payload.equals(TOTP)) {
            return "totp";
        }
        if (payload.equals(TOTP_NO_SESSION)) {
            return "totp-nosession";
        }
        return payload.equals(CYRILLIC) ? "cyrillic" : "gs";
    }
}
