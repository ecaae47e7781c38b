package org.kassa.app.ui.pay;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/** "Waiting for confirmation in the Koshelek app": provider, amount, elapsed seconds against the cap, Esc. */
final class ProgressView {

    private ProgressView() {
    }

    static VBox create(KoshelekViewModel model, I18n i18n) {
        ProgressBar bar = new ProgressBar();
        bar.setId("payProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.elapsed().divide(model.capSeconds()));
        var title = Bindings.createStringBinding(() -> i18n.get("progress.title",
                i18n.get("provider." + model.provider()), model.record().get() == null ? ""
                        : i18n.money(model.record().get().amount())), model.record(), i18n.locale());
        var seconds = Bindings.createStringBinding(() -> i18n.get("progress.elapsed",
                (int) Math.floor(model.elapsed().get()), (int) model.capSeconds()), model.elapsed(), i18n.locale());
        var hint = Bindings.createStringBinding(() -> i18n.get(model.phase().get()
                == KoshelekViewModel.Phase.CANCELLING ? "progress.cancelling" : "progress.hint"),
                model.phase(), i18n.locale());
        VBox card = Panels.card("koshelekProgress",
                Panels.label("progressTitle", "overlay-title", title),
                Panels.label(null, "overlay-body", i18n.text("progress.waiting")), bar,
                Panels.label("progressSeconds", "overlay-body", seconds),
                Panels.label("progressHint", "hint", hint));
        AnimationTimer clock = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick();
            }
        };
        card.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                clock.start();
            } else {
                clock.stop();
            }
        });
        return card;
    }
}
