package org.kassa.app.config;

import java.util.Locale;

/** A language of operator-facing text and printed slips: Russian (the default) or English. */
public enum Language {
    RU, EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }
}
