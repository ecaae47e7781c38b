package org.kassa.app.ui.shell;

import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kassa.app.ui.core.I18n;
import org.kassa.till.store.ShiftRow;

/** Mode, Pay API, printer, scanner, the central store's backlog (when there is one), the open shift and who opened it, language and theme keys. */
final class StatusBar {

    private StatusBar() {
    }

    static HBox create(StatusViewModel model, ObservableValue<ShiftRow> openShift, I18n i18n) {
        String mode = model.mode().name().toLowerCase(Locale.ROOT);
        Label modeLabel = label("statusMode", i18n, Bindings.createStringBinding(() -> i18n.get("status.mode."
                + mode), i18n.locale()));
        modeLabel.getStyleClass().add("mode-" + mode);
        Label pay = health("statusPay", i18n, "status.pay", model.pay());
        Label printer = health("statusPrinter", i18n, "status.printer", model.printer());
        Label scanner = label("statusScanner", i18n, i18n.text("status.scanner"));
        Label shift = label("statusShift", i18n, Bindings.createStringBinding(() -> openShift.getValue() == null
                ? i18n.get("status.shift") : i18n.get("status.shift.open", openShift.getValue().number()), openShift,
                i18n.locale()));
        Label user = label("statusUser", i18n, Bindings.createStringBinding(() -> openShift.getValue() == null
                ? i18n.get("status.user") : i18n.get("status.user.name", openShift.getValue().openedBy()), openShift,
                i18n.locale()));
        Label central = label("statusCentral", i18n, Bindings.createStringBinding(() -> i18n.get(
                model.centralPending().get() == 0 ? "status.central.sent" : "status.central.pending",
                model.centralPending().get()), model.centralPending(), i18n.locale()));
        central.visibleProperty().bind(model.centralPending().greaterThanOrEqualTo(0));
        central.managedProperty().bind(central.visibleProperty());
        Label keys = label("statusKeys", i18n, i18n.text("status.keys"));
        keys.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(14, modeLabel, pay, printer, scanner, central, shift, user, spring, keys);
        bar.setId("statusBar");
        bar.getStyleClass().addAll("status-bar", "mode-" + mode);
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(10), e -> model.check()));
        poll.setCycleCount(Timeline.INDEFINITE);
        bar.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.check();
                poll.play();
            } else {
                poll.stop();
            }
        });
        return bar;
    }

    private static Label health(String id, I18n i18n, String key, ObjectProperty<StatusViewModel.Health> health) {
        Label label = label(id, i18n, Bindings.createStringBinding(() -> i18n.get(key + "."
                + health.get().name().toLowerCase(Locale.ROOT)), health, i18n.locale()));
        health.addListener((o, was, now) -> {
            label.getStyleClass().removeAll("health-ok", "health-down", "health-unknown");
            label.getStyleClass().add("health-" + now.name().toLowerCase(Locale.ROOT));
        });
        label.getStyleClass().add("health-unknown");
        return label;
    }

    private static Label label(String id, I18n i18n, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
