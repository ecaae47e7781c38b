package org.kassa.app.ui.pay;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** Two tiles, SBP and Dolyame, each with its key; the preselected one highlighted; Enter confirms. */
final class ProviderChoiceView {

    private ProviderChoiceView() {
    }

    static VBox create(KoshelekViewModel model, I18n i18n) {
        HBox tiles = new HBox(16);
        for (int i = 0; i < model.providers().size(); i++) {
            String provider = model.providers().get(i);
            Label tile = Panels.label("provider" + provider, "provider-tile",
                    i18n.text("provider.tile", i + 1, i18n.get("provider." + provider)));
            int index = i;
            tile.setOnMouseClicked(e -> {
                model.choose(index);
                model.confirm();
            });
            tile.getStyleClass().add(i == model.choice().get() ? "selected" : "plain");
            model.choice().addListener((o, was, now) -> {
                tile.getStyleClass().removeAll("selected", "plain");
                tile.getStyleClass().add(now.intValue() == index ? "selected" : "plain");
            });
            tiles.getChildren().add(tile);
        }
        return Panels.card("providerChoice",
                Panels.label(null, "overlay-title", i18n.text("provider.title")), tiles,
                Panels.label(null, "hint", i18n.text("provider.hint")));
    }
}
