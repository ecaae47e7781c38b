package org.kassa.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.kassa.printer.profile.ProfileReader;

/**
 * The printer profiles shipped with Kassa (resources {@code org/kassa/printer/profiles/NAME.properties}) and
 * the merchant's own profile files, both in the same properties format.
 */
public final class PrinterProfiles {

    /** Shipped profiles; the first is the default. */
    public static final List<String> SHIPPED = List.of("epson", "epson-58", "star", "rongta", "clone-58");

    private PrinterProfiles() {
    }

    /** A shipped profile by name, e.g. {@code epson}. */
    public static PrinterProfile named(String name) {
        String resource = "profiles/" + name + ".properties";
        try (InputStream in = PrinterProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown printer profile '" + name + "'; shipped profiles: "
                        + String.join(", ", SHIPPED) + ", or give a profile file");
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped printer profile " + name, e);
        }
    }

    /** A merchant's profile file (same keys as the shipped ones). */
    public static PrinterProfile load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the printer profile ("
                    + e.getClass().getSimpleName() + "); check the path and its permissions");
        }
    }

    /** A profile name or a path to a profile file ({@code .properties}). */
    public static PrinterProfile resolve(String nameOrFile) {
        return nameOrFile.endsWith(".properties") ? load(Path.of(nameOrFile)) : named(nameOrFile);
    }

    private static PrinterProfile read(Reader reader, String source) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        return new ProfileReader(p, source).profile();
    }
}
