package org.kassa.app.ui;

import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The main window's layout: a mode banner on top and the working area below. */
final class MainView {

    private final ResourceBundle messages;
    private final boolean training;
    private final BorderPane root = new BorderPane();

    MainView(ResourceBundle messages, boolean training) {
        this.messages = messages;
        this.training = training;
        if (training) {
            Label banner = new Label(messages.getString("training.banner"));
            banner.setId("trainingBanner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setAlignment(Pos.CENTER);
            banner.setPadding(new Insets(8));
            banner.setStyle("-fx-background-color: #f5a623; -fx-font-size: 18px; -fx-font-weight: bold;");
            root.setTop(banner);
        }
        Label ready = new Label(messages.getString("till.ready"));
        ready.setId("tillReady");
        ready.setStyle("-fx-font-size: 24px;");
        root.setCenter(new StackPane(ready));
    }

    String title() {
        String title = messages.getString("app.title");
        return training ? title + " — " + messages.getString("training.title") : title;
    }

    BorderPane root() {
        return root;
    }
}
