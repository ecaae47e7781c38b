package org.kassa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Every {@code @TempDir} of the app's tests lives under {@code target/tmp}, not in the system's temporary folder:
 * tests write only under target/ (set in junit-platform.properties).
 */
public final class TargetTempDirs implements TempDirFactory {

    /** {@code target/tmp} of this module (surefire sets {@code basedir}; else the working folder's). */
    public static Path root() throws java.io.IOException {
        return Files.createDirectories(Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
                .resolve("target").resolve("tmp"));
    }

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws Exception {
        return Files.createTempDirectory(root(), "junit");
    }
}
