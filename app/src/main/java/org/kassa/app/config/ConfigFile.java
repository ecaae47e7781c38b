package org.kassa.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kassa's one configuration file: Java properties in UTF-8 (docs/decisions/0002). The defaults come from
 * {@code kassa.properties} on the class path, which is also the commented example and the list of known
 * keys; a merchant's file and command-line flags override them. Every value remembers where it came from,
 * so an error can say "--pass-length: …" or "/etc/kassa.properties: totp.passLength: …".
 */
public final class ConfigFile {

    public static final String DEFAULTS_RESOURCE = "/kassa.properties";

    /** Keys that were renamed, so an old file gets the new name instead of a guess (docs/decisions/0091). */
    private static final Map<String, String> MOVED = Map.of(
            "mealcard.receiver.postbackLogin", "pay.postback.login",
            "mealcard.receiver.postbackPassword", "pay.postback.password");

    /** Keys whose values are never shown in messages. */
    private static final Set<String> SECRET_MARKERS = Set.of("password", "key", "secret");

    private final Map<String, String> values;
    private final Map<String, String> origins;
    private final String source;

    private ConfigFile(Map<String, String> values, Map<String, String> origins, String source) {
        this.values = values;
        this.origins = origins;
        this.source = source;
    }

    /**
     * The configuration in force: {@code explicit} if given, else {@code $KASSA_CONFIG}, else
     * {@code ~/.kassa/kassa.properties} if it exists, else the built-in training defaults. The home folder and
     * the variables come from {@code host} (HostEnvironment.system() in Kassa, a folder under target/ in tests).
     */
    public static ConfigFile locate(Path explicit, HostEnvironment host) {
        if (explicit != null) {
            return load(explicit);
        }
        java.util.Optional<String> env = host.variable("KASSA_CONFIG");
        if (env.isPresent()) {
            if (!Files.isRegularFile(Path.of(env.get()))) {
                throw new ConfigException("", "KASSA_CONFIG=" + env.get() + ": configuration file not found; fix the "
                        + "variable, or unset it to start in training mode");
            }
            return load(Path.of(env.get()));
        }
        Path home = host.home().resolve(".kassa").resolve("kassa.properties");
        return Files.isRegularFile(home) ? load(home) : defaults();
    }

    /** The built-in defaults: training mode against the sandbox. */
    public static ConfigFile defaults() {
        try (InputStream in = ConfigFile.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("kassa.properties is missing from the application");
            }
            Properties p = read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "built-in defaults");
            Map<String, String> values = new HashMap<>();
            Map<String, String> origins = new HashMap<>();
            p.stringPropertyNames().forEach(k -> {
                values.put(k, withoutStraySpaces(p.getProperty(k)));
                origins.put(k, "built-in default " + k);
            });
            return new ConfigFile(values, origins, "built-in defaults");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in kassa.properties", e);
        }
    }

    /** The defaults overridden by a merchant's file; unknown keys are refused with a suggestion. */
    public static ConfigFile load(Path file) {
        ConfigFile config = defaults();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("", file + ": configuration file not found; check the path, or leave out "
                    + "--config to start in training mode");
        }
        Properties p;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p = read(reader, file.toString());
        } catch (IOException e) {
            throw new ConfigException("", file + ": cannot be read (" + e.getClass().getSimpleName()
                    + "); check its permissions and that it is UTF-8 text");
        }
        return config.overlay(p, file.toString());
    }

    /** A copy with every value of a file replaced, each remembering "FILE: key" as its origin. */
    private ConfigFile overlay(Properties file, String name) {
        ConfigFile config = new ConfigFile(values, origins, name);
        for (String key : new TreeSet<>(file.stringPropertyNames())) {
            config = config.with(key, withoutStraySpaces(file.getProperty(key)), name + ": " + key);
        }
        return config;
    }

    /** A copy with the value of a command-line flag, or this configuration when the flag was not given. */
    public ConfigFile withFlag(String key, String value, String flag) {
        return value == null ? this : with(key, value, flag);
    }

    /** A copy with one value replaced; {@code origin} is how an error names it, e.g. {@code --pass-length}. */
    public ConfigFile with(String key, String value, String origin) {
        if (!values.containsKey(key)) {
            if (MOVED.containsKey(key)) {
                throw new ConfigException(key, origin + ": unknown setting; it is now " + MOVED.get(key)
                        + " (with pay.postback.enabled = true)");
            }
            throw new ConfigException(key, origin + ": unknown setting" + suggestion(key)
                    + "; the commented list of settings is kassa.properties in the documentation");
        }
        Map<String, String> v = new HashMap<>(values);
        Map<String, String> o = new HashMap<>(origins);
        v.put(key, value);
        o.put(key, origin);
        return new ConfigFile(v, o, source);
    }

    /** A required, non-empty text value. */
    public String string(String key) {
        String value = raw(key);
        if (value.isEmpty()) {
            throw problem(key, "is empty; set a value");
        }
        return value;
    }

    /** A value that may be left empty. */
    public Optional<String> optional(String key) {
        String value = raw(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A whole number within {@code min..max}. */
    public int integer(String key, int min, int max) {
        String value = string(key);
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw problem(key, show(key, value) + " is out of range; allowed " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw problem(key, show(key, value) + " is not a whole number; allowed " + min + ".." + max);
        }
    }

    /** {@code true} or {@code false} (also yes/no, on/off). */
    public boolean bool(String key) {
        String value = string(key).toLowerCase(Locale.ROOT);
        switch (value) {
            case "true", "yes", "on" -> {
                return true;
            }
            case "false", "no", "off" -> {
                return false;
            }
            default -> throw problem(key, show(key, value) + " is not a yes/no value; allowed true or false");
        }
    }

    /** One of an enum's names, case-insensitive. */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = string(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        java.util.List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        String near = isSecret(key) ? null : closest(value.toLowerCase(Locale.ROOT), allowed);
        throw problem(key, show(key, value) + " is not allowed; allowed: " + String.join(", ", allowed)
                + (near == null ? "" : "; did you mean " + near + "?"));
    }

    /** The candidate within 3 edits of {@code value}, the nearest first; null when none is that near. */
    static String closest(String value, Iterable<String> candidates) {
        String best = null;
        int bestDistance = 4;
        for (String candidate : candidates) {
            int d = Levenshtein.distance(candidate.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    /** Where the values came from: the merchant's file, or the built-in defaults. */
    public String source() {
        return source;
    }

    /** An error about a key, worded with where its value came from. */
    public ConfigException problem(String key, String what) {
        return new ConfigException(key, origin(key) + ": " + what);
    }

    /** Where the value of a key came from: a flag, a file and key, or the built-in default. */
    public String origin(String key) {
        return origins.getOrDefault(key, key);
    }

    /** All known keys, for diagnostics and tests. */
    public Set<String> keys() {
        return new TreeSet<>(values.keySet());
    }

    private String raw(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no such setting in kassa.properties: " + key);
        }
        return value;
    }

    private static String show(String key, String value) {
        return isSecret(key) ? "the value" : "'" + value + "'";
    }

    public static boolean isSecret(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(last::contains);
    }

    private String suggestion(String key) {
        String best = closest(key, values.keySet());
        return best == null ? "" : "; did you mean " + best + "?";
    }

    /**
     * Drops the spaces and tabs a value may trail in a file (Properties already drops the leading ones).
     * Not {@code trim()}: that would also eat control characters such as GS, a real barcode delimiter
     * (written {@code \\u001D}).
     */
    private static String withoutStraySpaces(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(0, end);
    }

    private static Properties read(Reader reader, String name) throws IOException {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IllegalArgumentException malformed) {
            throw new ConfigException("", name + ": malformed line (" + malformed.getMessage()
                    + "); lines are 'key = value', comments start with #");
        }
        return p;
    }

    /** For tests: a configuration from text in properties syntax, over the defaults. */
    public static ConfigFile parse(String text, String name) {
        try {
            Properties p = read(new StringReader(text), name);
            return defaults().overlay(p, name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
