package org.kassa.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one bundle in one {@link Language}, the single place Kassa reads operator-facing words.
 *
 * <p>Defaults ship in the owning module's jar as {@code PATH.properties} (Russian) and {@code PATH_en.properties}
 * (English). A merchant may replace any text by key in {@code i18n/overrides/NAME.properties} (or {@code _en})
 * on the class path, where NAME is the last segment of PATH: the top-level src/main/resources is packaged into
 * the app jar for this (decision 0129). An English key missing from {@code _en} falls back to the base file,
 * as ResourceBundle did; a Russian override never reaches English, and the JVM's locale is never consulted.
 *
 * <p>Every text is a {@link MessageFormat} pattern whose apostrophes are plain text ("customer's {0}"): they
 * are doubled before formatting, so nothing after an apostrophe is lost (decision 0128).
 */
public final class TextBundle {

    /** The class-path folder of the merchant's overrides. */
    public static final String OVERRIDES = "i18n/overrides/";

    private static final Map<String, TextBundle> LOADED = new ConcurrentHashMap<>();

    private final String path;
    private final Language language;
    private final Map<String, String> texts;

    private TextBundle(String path, Language language, Map<String, String> texts) {
        this.path = path;
        this.language = language;
        this.texts = Map.copyOf(texts);
    }

    /**
     * The bundle at resource {@code path} (slashes, no {@code .properties}, e.g.
     * {@code org/kassa/printer/i18n/slip}) in {@code language}, with the merchant's overrides; read once per JVM.
     *
     * @throws IllegalStateException if the default file is missing or a file is not valid UTF-8
     */
    public static TextBundle load(String path, Language language) {
        Objects.requireNonNull(language, "language");
        String checked = checkPath(path);
        return LOADED.computeIfAbsent(checked + "|" + language,
                k -> read(checked, language, TextBundle.class.getClassLoader()));
    }

    /** {@link #load} without the cache, from {@code loader}: for tests. */
    static TextBundle read(String path, Language language, ClassLoader loader) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> texts = new HashMap<>();
        if (language == Language.ENGLISH) {
            texts.putAll(required(loader, path + ".properties"));
        }
        texts.putAll(required(loader, path + language.suffix() + ".properties"));
        Map<String, String> overrides = properties(loader, OVERRIDES + name + language.suffix() + ".properties");
        if (overrides != null) {
            texts.putAll(overrides);
        }
        return new TextBundle(path, language, texts);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    /** The text of {@code key} with {@code args} filled in; a missing key shows as {@code [key]}, never throws. */
    public String text(String key, Object... args) {
        String pattern = texts.get(key);
        return pattern == null ? "[" + key + "]" : format(pattern, args);
    }

    /** A ResourceBundle view (for APIs that take one); {@code getString} gives {@link #text(String, Object...)}. */
    public ResourceBundle asResourceBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.containsKey(key) ? text(key) : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }

            @Override
            public Locale getLocale() {
                return language.locale();
            }
        };
    }

    /** Formats {@code pattern}; an unbalanced brace (a merchant's typo) shows the text as written instead of failing. */
    private String format(String pattern, Object... args) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern.replace("'", "''"), language.locale())
                    .format(args == null ? new Object[0] : args);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    private static String checkPath(String path) {
        if (path == null || path.isBlank() || path.endsWith(".properties") || path.startsWith("/")
                || path.endsWith("/") || path.indexOf('.') >= 0) {
            throw new IllegalArgumentException("text bundle path '" + path + "': use a resource path with slashes "
                    + "and no extension, e.g. org/kassa/printer/i18n/slip");
        }
        return path;
    }

    private static Map<String, String> required(ClassLoader loader, String resource) {
        Map<String, String> texts = properties(loader, resource);
        if (texts == null) {
            throw new IllegalStateException("the texts " + resource + " are missing from the class path; the jar "
                    + "that owns them is incomplete: rebuild Kassa");
        }
        return texts;
    }

    /** The texts of a properties file read as UTF-8, or null if there is no such resource. */
    private static Map<String, String> properties(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                p.load(r);
            }
            Map<String, String> texts = new HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return texts;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + " is not UTF-8 text: save it in UTF-8 and start Kassa again", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TextBundle[" + path + ", " + language.code() + ", " + texts.size() + " texts]";
    }
}
