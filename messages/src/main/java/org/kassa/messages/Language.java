package org.kassa.messages;

import java.util.Locale;

/**
 * The one language rule of Kassa: Russian unless English is asked for by name. The JVM's default locale
 * never takes part, so a Russian till on an English or German system still speaks Russian.
 */
public enum Language {
    RUSSIAN("ru", Locale.forLanguageTag("ru")),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** {@code en} in any case, also {@code en-GB} or {@code en_US}, is English; anything else (blank, null) Russian. */
    public static Language of(String tag) {
        if (tag == null) {
            return RUSSIAN;
        }
        String language = tag.strip().replace('_', '-').split("-", 2)[0];
        return "en".equalsIgnoreCase(language) ? ENGLISH : RUSSIAN;
    }

    /** The language of {@code locale} by the same rule; {@code Locale.ROOT} and null are Russian. */
    public static Language of(Locale locale) {
        return locale == null ? RUSSIAN : of(locale.getLanguage());
    }

    /** {@code ru} or {@code en}, as in {@code ui.language}. */
    public String code() {
        return code;
    }

    /** The locale that formats numbers in texts: {@code ru} or {@code en}. */
    public Locale locale() {
        return locale;
    }

    /** The file suffix of this language's bundle: none for Russian (the base file), {@code _en} for English. */
    String suffix() {
        return this == ENGLISH ? "_en" : "";
    }
}
