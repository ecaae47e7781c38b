package org.kassa.app.cli.ops;

import java.util.Locale;
import org.kassa.messages.Language;
import org.kassa.messages.TextBundle;

/**
 * The texts of {@code kassa doctor} (bundle {@code i18n/doctor}, Russian default, English {@code _en}), through
 * the one text service. A finding {@code K} is {@code doctor.K} with its arguments; its fix, when there is one,
 * {@code doctor.K.fix}.
 */
final class DoctorTexts {

    private final TextBundle bundle;

    DoctorTexts(Locale locale) {
        this.bundle = TextBundle.load("i18n/doctor", Language.of(locale));
    }

    /** A finding: {@code doctor.<key>} formatted with {@code args}, and its fix if the bundle has one. */
    Check check(String id, Check.Status status, String key, Object... args) {
        String fix = bundle.has("doctor." + key + ".fix") ? format("doctor." + key + ".fix", args) : "";
        return new Check(id, status, format("doctor." + key, args), fix);
    }

    /** The heading of a check id, e.g. "База данных". */
    String title(String id) {
        return format("doctor.title." + id);
    }

    String format(String key, Object... args) {
        return bundle.text(key, args);
    }
}
