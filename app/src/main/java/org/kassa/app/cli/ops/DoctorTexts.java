package org.kassa.app.cli.ops;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of {@code kassa doctor} (bundle {@code i18n/doctor}, Russian default, English {@code _en}). A finding
 * {@code K} is {@code doctor.K} with its arguments; its fix, when there is one, {@code doctor.K.fix}.
 */
final class DoctorTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    DoctorTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.doctor", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A finding: {@code doctor.<key>} formatted with {@code args}, and its fix if the bundle has one. */
    Check check(String id, Check.Status status, String key, Object... args) {
        String fix = has("doctor." + key + ".fix") ? format("doctor." + key + ".fix", args) : "";
        return new Check(id, status, format("doctor." + key, args), fix);
    }

    /** The heading of a check id, e.g. "База данных". */
    String title(String id) {
        return format("doctor.title." + id);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
