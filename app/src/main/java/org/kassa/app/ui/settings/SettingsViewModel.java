package org.kassa.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.app.config.ConfigFileWriter;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.UiMessage;

/**
 * Every configuration key as a field with the loader's own message next to it; Save writes the file (after a
 * backup) when the loader accepts every value, and says which changes wait for a restart (all of them: the till
 * reads its configuration once at start, docs/decisions/0090).
 */
public final class SettingsViewModel {

    /** One key: the value as typed, the value at start, and the loader's message for it. */
    public static final class Field {
        private final ConfigForm.Entry entry;
        private final String original;
        private final StringProperty value;
        private final StringProperty problem = new SimpleStringProperty();
        private final BooleanBinding changed;

        Field(ConfigForm.Entry entry, String original) {
            this.entry = entry;
            this.original = original;
            this.value = new SimpleStringProperty(original);
            this.changed = Bindings.createBooleanBinding(() -> !original.equals(value.get()), value);
        }

        public ConfigForm.Entry entry() {
            return entry;
        }

        public StringProperty value() {
            return value;
        }

        /** The loader's message for this value, or null when it is accepted. */
        public StringProperty problem() {
            return problem;
        }

        /** Differs from the value the till started with: takes effect after a restart. */
        public BooleanBinding changed() {
            return changed;
        }
    }

    /** A group of fields as in the file. */
    public record Section(String title, List<Field> fields) {
    }

    private final Path file;
    private final HostEnvironment host;
    private final ConfigFileWriter writer;
    private final Jobs jobs;
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Field> byKey = new LinkedHashMap<>();
    private final StringProperty general = new SimpleStringProperty();
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();

    /**
     * @param file   where Save writes: the file the till started with, or ~/.kassa/kassa.properties
     * @param values every key's value the till started with
     */
    public SettingsViewModel(Path file, Map<String, String> values, HostEnvironment host, ConfigFileWriter writer,
                             Jobs jobs) {
        this.file = file;
        this.host = host;
        this.writer = writer;
        this.jobs = jobs;
        for (ConfigForm.Group group : ConfigForm.groups()) {
            List<Field> fields = new ArrayList<>();
            for (ConfigForm.Entry entry : group.entries()) {
                Field field = new Field(entry, values.getOrDefault(entry.key(), ""));
                fields.add(field);
                byKey.put(entry.key(), field);
            }
            sections.add(new Section(group.title(), List.copyOf(fields)));
        }
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    public Field field(String key) {
        Field f = byKey.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return f;
    }

    /** Checks every value with the loader (in the background: it looks at folders and profile files). */
    public void check() {
        Map<String, String> values = values();
        jobs.run(() -> ConfigForm.problems(values, file.toString(), host), this::show, e -> general.set(e.toString()));
    }

    /** Saves when every value is accepted; otherwise says how many fields to fix. */
    public void save() {
        Map<String, String> values = values();
        Map<String, String> changed = new LinkedHashMap<>();
        byKey.forEach((key, f) -> {
            if (f.changed.get()) {
                changed.put(key, f.value.get());
            }
        });
        if (changed.isEmpty()) {
            message.set(UiMessage.ui("settings.nothingChanged"));
            return;
        }
        jobs.run(() -> {
            Map<String, String> problems = ConfigForm.problems(values, file.toString(), host);
            return problems.isEmpty() ? writer.write(file, changed) : problems;
        }, result -> {
            if (result instanceof ConfigFileWriter.Saved saved) {
                show(Map.of());
                message.set(UiMessage.ui("settings.saved", saved.file().toString(),
                        saved.backup() == null ? "—" : saved.backup().getFileName().toString(),
                        String.join(", ", changed.keySet())));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, String> problems = (Map<String, String>) result;
                show(problems);
                message.set(UiMessage.ui("settings.fixFirst", problems.size()));
            }
        }, e -> message.set(UiMessage.ui("settings.saveFailed", file.toString(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    private void show(Map<String, String> problems) {
        byKey.forEach((key, f) -> f.problem.set(problems.get(key)));
        general.set(problems.get(""));
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        byKey.forEach((key, f) -> values.put(key, f.value.get() == null ? "" : f.value.get()));
        return values;
    }

    public Path file() {
        return file;
    }

    /** A problem the loader names no key for. */
    public StringProperty general() {
        return general;
    }

    /** What the last Save did. */
    public ObjectProperty<UiMessage> message() {
        return message;
    }
}
