package org.kassa.app.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kassa.app.config.ConfigFile;

/** The till window. For now: the mode banner and the main view; the till screens come with the UI issue. */
public final class TillApplication extends Application {

    @Override
    public void start(Stage stage) {
        ConfigFile config = ConfigFile.locate(null);
        ResourceBundle messages = Messages.bundle(Locale.forLanguageTag(config.string("ui.language")));
        boolean training = "training".equalsIgnoreCase(config.string("kassa.mode"));
        MainView view = new MainView(messages, training);
        stage.setTitle(view.title());
        stage.setScene(new Scene(view.root(), 1024, 700));
        stage.show();
    }
}
