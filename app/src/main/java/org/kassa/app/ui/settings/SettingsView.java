package org.kassa.app.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/**
 * The settings page: every key grouped like the configuration file, the loader's message under a refused
 * value, "after restart" beside a changed one; the hardware tests and the scanner echo one key away.
 */
final class SettingsView {

    private final VBox root;
    private final ScrollPane scroll = new ScrollPane();
    private TextField first;

    SettingsView(SettingsViewModel model, HardwareChecks hardware, ScannerEcho echo, I18n i18n) {
        VBox sections = new VBox(16);
        for (SettingsViewModel.Section section : model.sections()) {
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(4);
            grid.getStyleClass().add("settings-grid");
            int row = 0;
            for (SettingsViewModel.Field f : section.fields()) {
                row = field(grid, row, f, i18n);
            }
            Label title = new Label(section.title());
            title.getStyleClass().add("settings-section");
            sections.getChildren().addAll(title, grid);
        }
        scroll.setContent(sections);
        scroll.setId("settingsScroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label file = Panels.label("settingsFile", "hint", i18n.text("settings.file", model.file().toString()));
        Label general = Panels.label("settingsGeneral", "problem", model.general());
        Label saved = Panels.label("settingsMessage", "message", i18n.render(model.message()));
        Label printer = Panels.label("printerMessage", "message", i18n.render(hardware.printerMessage()));
        var echoText = Bindings.createStringBinding(() -> echo.armed().get() ? i18n.get("settings.echo.waiting")
                : echo.hex().get().isEmpty() ? "" : i18n.get("settings.echo.result", echo.text().get(),
                echo.hex().get(), echo.gaps().get()), echo.armed(), echo.hex(), i18n.locale());
        Label echoLabel = Panels.label("scannerEcho", "settings-echo", echoText);
        Label keys = Panels.label(null, "hint", i18n.text("settings.hint"));
        for (Label line : new Label[] {general, saved, printer, echoLabel}) {
            takeNoRoomWhenEmpty(line);                  // their room goes to the fields and the keys line
        }
        root = Panels.card("settingsView", Panels.label(null, "overlay-title", i18n.text("settings.title")), file,
                scroll, general, saved, printer, echoLabel, keys);
        root.getStyleClass().add("settings");
        root.setMaxWidth(980);
    }

    private static void takeNoRoomWhenEmpty(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private int field(GridPane grid, int row, SettingsViewModel.Field f, I18n i18n) {
        String id = "setting-" + f.entry().key().replace('.', '_');
        Label key = new Label(f.entry().key());
        key.getStyleClass().add("settings-key");
        key.setMinWidth(Region.USE_PREF_SIZE);          // the key is what the file says: never cut it short
        TextField input = f.entry().secret() ? new PasswordField() : new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(f.value());
        input.setPrefColumnCount(28);
        if (first == null) {
            first = input;
        }
        Label restart = new Label();
        restart.getStyleClass().add("settings-restart");
        restart.textProperty().bind(Bindings.when(f.changed()).then(i18n.text("settings.restart")).otherwise(""));
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> f.problem().get() == null ? ""
                : f.problem().get(), f.problem()));
        problem.managedProperty().bind(f.problem().isNotNull());
        problem.visibleProperty().bind(f.problem().isNotNull());
        Label about = new Label(f.entry().description());
        about.getStyleClass().add("hint");
        about.setWrapText(true);
        // Keyboard only: the field Tab (or a test) moves to, and the message under it, scroll into sight.
        input.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                reveal(input, problem);
            }
        });
        problem.textProperty().addListener((o, was, now) -> {
            if (input.isFocused()) {
                javafx.application.Platform.runLater(() -> reveal(input, problem));     // once it is managed
            }
        });
        grid.add(key, 0, row);
        grid.add(new HBox(8, input, restart), 1, row);
        grid.add(about, 1, row + 1);
        grid.add(problem, 1, row + 2);
        return row + 3;
    }

    /** Scrolls the least that shows {@code top} to {@code bottom} in the viewport. */
    private void reveal(Node top, Node bottom) {
        root.applyCss();
        root.layout();      // a message just shown has no place yet until the next pulse: lay it out now
        Node content = scroll.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double from = content.sceneToLocal(top.localToScene(top.getLayoutBounds())).getMinY() - 8;
        Node last = bottom.isManaged() ? bottom : top;
        double to = content.sceneToLocal(last.localToScene(last.getLayoutBounds())).getMaxY() + 8;
        double shown = scroll.getVvalue() * (contentHeight - viewport);
        double wanted = from < shown ? from : to > shown + viewport ? Math.min(from, to - viewport) : shown;
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / (contentHeight - viewport))));
    }

    VBox root() {
        return root;
    }

    void focus() {
        if (first != null) {
            first.requestFocus();
        }
    }
}
