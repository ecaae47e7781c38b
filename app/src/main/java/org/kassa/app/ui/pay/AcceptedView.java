package org.kassa.app.ui.pay;

import javafx.beans.binding.Bindings;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** The green confirmation with the slip as printed (the virtual printer's drawing in training). */
final class AcceptedView {

    private AcceptedView() {
    }

    static VBox create(KoshelekViewModel model, I18n i18n) {
        ImageView slip = new ImageView();
        slip.setId("slipPreview");
        slip.setPreserveRatio(true);
        slip.setFitHeight(440);
        slip.imageProperty().bind(Bindings.createObjectBinding(() -> SlipImages.toFx(model.slip().get()),
                model.slip()));
        var title = Bindings.createStringBinding(() -> i18n.get("accepted.title", model.record().get() == null
                ? "" : i18n.money(model.record().get().amount())), model.record(), i18n.locale());
        VBox card = Panels.card("koshelekAccepted", Panels.label("acceptedTitle", "overlay-title", title),
                slip, Panels.label(null, "hint", i18n.text("accepted.hint")));
        card.getStyleClass().add("success");
        return card;
    }
}
