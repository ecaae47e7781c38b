package org.kassa.app.ui;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.shell.TillOpening;

/** Starts the JavaFX till; kept apart from {@code Main} so the CLI never loads JavaFX classes. */
public final class TillLauncher {

    /** JavaFX's own logger; held so the level set below stays (java.util.logging keeps loggers weakly). */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private TillLauncher() {
    }

    /**
     * Opens the till window and returns when it is closed. Returns why the window could not open (JavaFX
     * found no usable display or graphics library), instead of JavaFX's stack trace.
     */
    public static Optional<String> launch(KassaSettings settings) {
        // The store, Pay peer and printer open while JavaFX starts: the two are the start-up's critical path.
        TillOpening opening = TillOpening.begin(settings);
        TillApplication.handOver(settings, opening);
        if (!Application.class.getModule().isNamed()) {
            // JavaFX from the class path (development, tests) warns "Unsupported JavaFX configuration" on every
            // start; the bundle links JavaFX as modules (docs/decisions/0005) and never does.
            PLATFORM_LOG.setLevel(Level.SEVERE);
        }
        try {
            Application.launch(TillApplication.class);
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            opening.abandon();
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of("JavaFX: " + reason.lines().findFirst().orElse(reason));
        }
    }
}
