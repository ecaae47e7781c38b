package org.kassa.app.ui;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kassa.app.config.KassaSettings;

/** The till window. For now: the mode banner and the main view; the till screens come with the UI issue. */
public final class TillApplication extends Application {

    /**
     * The settings {@code Main} validated before the launch. JavaFX creates the Application itself (no-argument
     * constructor) and hands it only strings ({@code getParameters()}), so the parsed instance comes through
     * this field, set once by {@link TillLauncher} before {@code Application.launch} (which JavaFX allows once
     * per process anyway). Reading the file again here would give a second error path after the window system
     * started, and possibly a different answer if the file changed in between (docs/decisions/0090).
     */
    private static volatile KassaSettings handedOver;

    static void handOver(KassaSettings settings) {
        handedOver = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void start(Stage stage) {
        KassaSettings settings = Objects.requireNonNull(handedOver,
                "TillLauncher.launch hands the validated settings over before JavaFX starts");
        ResourceBundle messages = Messages.bundle(settings.uiLanguage().locale());
        MainView view = new MainView(messages, settings.training());
        stage.setTitle(view.title());
        stage.setScene(new Scene(view.root(), 1024, 700));
        stage.show();
    }
}
