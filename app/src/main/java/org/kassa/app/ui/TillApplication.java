package org.kassa.app.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.shell.TillOpening;
import org.kassa.app.ui.shell.TillWindow;

/** The till window: the sale screen on the till core opened from the validated settings. */
public final class TillApplication extends Application {

    /**
     * The settings {@code Main} validated before the launch. JavaFX creates the Application itself (no-argument
     * constructor) and hands it only strings ({@code getParameters()}), so the parsed instance comes through
     * this field, set once by {@link TillLauncher} before {@code Application.launch} (which JavaFX allows once
     * per process anyway). Reading the file again here would give a second error path after the window system
     * started, and possibly a different answer if the file changed in between (docs/decisions/0090).
     */
    private static volatile KassaSettings handedOver;
    /** The till, already opening while JavaFX starts (docs/performance.md, "Till window"). */
    private static volatile TillOpening opening;

    private TillWindow window;

    static void handOver(KassaSettings settings, TillOpening early) {
        handedOver = Objects.requireNonNull(settings, "settings");
        opening = Objects.requireNonNull(early, "opening");
    }

    @Override
    public void start(Stage stage) {
        KassaSettings settings = Objects.requireNonNull(handedOver,
                "TillLauncher.launch hands the validated settings over before JavaFX starts");
        stage.setMaximized(true);
        window = TillWindow.open(stage, settings, opening);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
