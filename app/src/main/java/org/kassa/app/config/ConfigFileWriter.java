package org.kassa.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes changed values into a merchant's configuration file, line by line: comments, blank lines, keys it does
 * not change and their order stay as they were; a changed key's line (with any continuation lines) is replaced;
 * keys the file did not have are added at the end. The old file is first copied beside it
 * ({@code kassa.properties.bak-YYYYMMDD-HHMMSS}); the new one replaces it in one move.
 */
public final class ConfigFileWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public ConfigFileWriter(Clock clock) {
        this.clock = clock;
    }

    /** What a save did: the file written and the backup of the old one (null when there was none). */
    public record Saved(Path file, Path backup) {
    }

    public Saved write(Path file, Map<String, String> changed) throws IOException {
        List<String> old = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        Map<String, String> left = new LinkedHashMap<>(changed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            String line = old.get(i);
            String key = keyOf(line);
            if (key != null && left.containsKey(key)) {
                out.add(key + " = " + escape(left.remove(key)));
                while (continues(old.get(i)) && i + 1 < old.size()) {
                    i++;    // the old value's continuation lines go with it
                }
            } else {
                out.add(line);
            }
        }
        if (!left.isEmpty()) {
            out.add("");
            out.add("# Set in the settings screen");
            left.forEach((key, value) -> out.add(key + " = " + escape(value)));
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path backup = null;
        if (Files.exists(file)) {
            backup = folder.resolve(file.getFileName() + ".bak-" + STAMP.format(clock.instant()));
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".new");
        Files.write(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Saved(file, backup);
    }

    /** The key of a {@code key = value} line; null for comments, blank and continuation-free junk. */
    static String keyOf(String line) {
        String s = line.stripLeading();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < s.length() && "=: \t".indexOf(s.charAt(end)) < 0) {
            end += s.charAt(end) == '\\' ? 2 : 1;
        }
        return s.substring(0, Math.min(end, s.length()));
    }

    private static boolean continues(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    /** A value as java.util.Properties reads it back exactly (the file is UTF-8, so letters stay as they are). */
    static String escape(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
