package org.kassa.till.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh data folders for real H2 file databases under target/ (never in memory, never ~/.kassa). */
public final class TestStores {

    private TestStores() {
    }

    /** A new, empty folder {@code target/test-stores/<name>-N}. */
    public static Path freshDir(String name) {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-stores").toAbsolutePath());
            return Files.createTempDirectory(root, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
