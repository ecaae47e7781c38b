package org.kassa.app.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The single modal layer over the sale (UI.md: at most one modal at a time, over the sale, not a window). */
final class OverlayHost {

    private final StackPane layer = new StackPane();

    OverlayHost() {
        layer.getStyleClass().add("overlay-backdrop");
        layer.setVisible(false);
    }

    void show(Node card) {
        if (card == null) {
            layer.getChildren().clear();
            layer.setVisible(false);
            return;
        }
        if (layer.getChildren().size() != 1 || layer.getChildren().get(0) != card) {
            layer.getChildren().setAll(card);
        }
        layer.setVisible(true);
    }

    boolean showing() {
        return layer.isVisible();
    }

    Node current() {
        return layer.getChildren().isEmpty() ? null : layer.getChildren().get(0);
    }

    StackPane layer() {
        return layer;
    }
}
