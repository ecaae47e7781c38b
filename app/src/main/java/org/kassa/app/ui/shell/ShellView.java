package org.kassa.app.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kassa.app.ui.core.I18n;

/** The window's frame: the training banner (on every screen), the working area with its overlay, the status bar. */
public final class ShellView {

    private final BorderPane root = new BorderPane();
    private final StackPane work = new StackPane();
    private final OverlayHost overlay = new OverlayHost();

    public ShellView(I18n i18n, boolean training) {
        root.getStyleClass().add("till-root");
        if (training) {
            root.getStyleClass().add("training");
            Label banner = new Label();
            banner.setId("trainingBanner");
            banner.getStyleClass().add("training-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setAlignment(Pos.CENTER);
            banner.textProperty().bind(i18n.text("training.banner"));
            root.setTop(banner);
        }
        work.getChildren().add(overlay.layer());
        root.setCenter(work);
    }

    /** Puts the working screen (the sale) under the overlay layer. */
    void setScreen(Node screen) {
        work.getChildren().setAll(screen, overlay.layer());
    }

    void setStatusBar(Node bar) {
        root.setBottom(bar);
    }

    OverlayHost overlay() {
        return overlay;
    }

    public BorderPane root() {
        return root;
    }
}
