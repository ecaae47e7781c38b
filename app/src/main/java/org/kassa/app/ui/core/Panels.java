package org.kassa.app.ui.core;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small builders for the overlay cards, so every view puts the same style classes on the same parts. */
public final class Panels {

    private Panels() {
    }

    public static VBox card(String id, Node... children) {
        VBox card = new VBox(14, children);
        card.setId(id);
        card.getStyleClass().add("overlay-card");
        card.setMaxWidth(720);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return card;
    }

    public static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
