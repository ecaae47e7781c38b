package org.kassa.app.config;

import java.util.Locale;

/** {@code kassa.mode}: where payments go. Written in lower case in the configuration file. */
public enum KassaMode {
    /** The built-in sandbox and the virtual printer; every screen and slip is marked TRAINING. */
    TRAINING,
    /** The vendor's test Pay API ({@code pay.baseUrl.test}). */
    TEST,
    /** Real payments ({@code pay.baseUrl.production}). */
    PRODUCTION;

    /** The value as written in kassa.properties, e.g. {@code training}. */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
