package org.kassa.app.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;

/**
 * Every configuration key as the settings screen shows it: grouped and described as in the commented
 * {@code kassa.properties} (the defaults file), and checked by the loader itself, so each field gets exactly the
 * message Kassa would stop with at start (docs/decisions/0145).
 */
public final class ConfigForm {

    /** One key with the comment lines above it in the defaults file. */
    public record Entry(String key, String description, boolean secret) {
    }

    /** A section of the file ("Mode", "Koshelek Pay API", …) and its keys in file order. */
    public record Group(String title, List<Entry> entries) {
    }

    private ConfigForm() {
    }

    /** The sections of the built-in {@code kassa.properties}, in file order. */
    public static List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        String title = "";
        StringBuilder comment = new StringBuilder();
        List<String> lines = defaultsText().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("# ----") && i + 2 < lines.size() && lines.get(i + 2).startsWith("# ----")) {
                if (!entries.isEmpty()) {
                    groups.add(new Group(title, List.copyOf(entries)));
                    entries.clear();
                }
                title = lines.get(i + 1).substring(1).strip();
                i += 2;
                comment.setLength(0);
            } else if (line.isEmpty()) {
                comment.setLength(0);
            } else if (line.startsWith("#")) {
                comment.append(comment.length() == 0 ? "" : "\n").append(line.substring(1).strip());
            } else {
                int eq = line.indexOf('=');
                String key = (eq < 0 ? line : line.substring(0, eq)).strip();
                entries.add(new Entry(key, comment.toString(), ConfigFile.isSecret(key)));
                comment.setLength(0);       // the next key's comment starts after this line
            }
        }
        if (!entries.isEmpty()) {
            groups.add(new Group(title, List.copyOf(entries)));
        }
        return List.copyOf(groups);
    }

    /**
     * The loader's message for every value it refuses, by key ({@code ""} for a message that names no key).
     * The loader stops at the first problem, so each refused value is set back to its default and the
     * loader runs again, until it accepts the rest.
     *
     * @param values every key's text, as typed
     * @param file   the file the values will be saved to, named in the messages as the loader names it
     */
    public static Map<String, String> problems(Map<String, String> values, String file, HostEnvironment host) {
        ConfigFile defaults = ConfigFile.defaults();
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> setBack = new HashSet<>();
        for (int round = 0; round <= values.size(); round++) {
            ConfigFile config = defaults;
            for (var e : values.entrySet()) {
                if (!setBack.contains(e.getKey())) {
                    config = config.with(e.getKey(), e.getValue(), file + ": " + e.getKey());
                }
            }
            try {
                KassaSettings.from(config, host);
                return problems;
            } catch (ConfigException e) {
                String key = values.containsKey(e.key()) && !setBack.contains(e.key()) ? e.key() : "";
                problems.merge(key, e.getMessage(), (a, b) -> a);
                if (key.isEmpty()) {
                    return problems;    // nothing left to set back: report what there is
                }
                setBack.add(key);
            }
        }
        return problems;
    }

    /** Every key's value in a configuration. */
    public static Map<String, String> values(ConfigFile config) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Group g : groups()) {
            for (Entry e : g.entries()) {
                values.put(e.key(), config.optional(e.key()).orElse(""));
            }
        }
        return values;
    }

    private static String defaultsText() {
        try (InputStream in = ConfigFile.class.getResourceAsStream(ConfigFile.DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("kassa.properties is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in kassa.properties", e);
        }
    }
}
