package org.kassa.app.ui.mealcard;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The computer's own browser, started with {@code xdg-open} (Debian package xdg-utils). It is not waited for:
 * xdg-open may stay until the browser closes.
 */
final class SystemBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);

    private SystemBrowser() {
    }

    /** Whether a browser was started for {@code page}. */
    static boolean open(URI page) {
        Optional<Path> xdgOpen = onPath("xdg-open");
        if (xdgOpen.isEmpty()) {
            LOG.warn("meal card form: xdg-open is not on the PATH (Debian package xdg-utils); the operator opens {}"
                    + " by hand", page);
            return false;
        }
        try {
            new ProcessBuilder(xdgOpen.get().toString(), page.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            LOG.warn("meal card form: cannot start {}: {}", xdgOpen.get(), e.toString());
            return false;
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
