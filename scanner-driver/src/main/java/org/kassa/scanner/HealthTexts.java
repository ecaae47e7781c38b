package org.kassa.scanner;

import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * The operator's words for a scanner's state: bundle {@code org/kassa/scanner/i18n/scanner} in this module's jar
 * (Russian by default, {@code _en} English; overrides in {@code i18n/overrides/scanner(_en).properties}), key
 * {@code scanner.health.REASON}, where {@code {0}} is the scanner (e.g. {@code serial:/dev/ttyACM0}).
 */
public final class HealthTexts {

    public static final String BUNDLE = "org/kassa/scanner/i18n/scanner";

    private final TextBundle bundle;

    private HealthTexts(TextBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts in {@code language} ("ru" or "en", as {@code ui.language}); Russian for anything else. */
    public static HealthTexts forLanguage(String language) {
        return new HealthTexts(TextBundle.load(BUNDLE, Language.of(language)));
    }

    public Locale locale() {
        return bundle.locale();
    }

    /** The bundle has a text for this reason (tests require it for every reason and language). */
    public boolean has(SourceHealth.Reason reason) {
        return bundle.has(key(reason));
    }

    /** What the operator sees for {@code reason} of the scanner {@code source}. */
    public String text(SourceHealth.Reason reason, String source) {
        return bundle.text(key(reason), source);
    }

    /** What the operator sees for {@code health} of the scanner {@code source}. */
    public String text(SourceHealth health, String source) {
        return text(health.reason(), source);
    }

    private static String key(SourceHealth.Reason reason) {
        return "scanner.health." + reason.name();
    }
}
