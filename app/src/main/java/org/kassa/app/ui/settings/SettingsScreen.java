package org.kassa.app.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.ConfigFileWriter;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.settings.HardwareChecks.PrinterTest;

/**
 * The administrator's settings as one card over the sale: the PIN prompt first outside training, then the
 * settings page. Keys while open: Esc closes, Enter checks (or submits the PIN), F3 saves, F4 code-page test,
 * F5 sample slip, F6 drawer kick, F8 scanner echo.
 */
public final class SettingsScreen {

    private final boolean training;
    private final AdminPinViewModel pin;
    private final SettingsViewModel settings;
    private final HardwareChecks hardware;
    private final ScannerEcho echo = new ScannerEcho();
    private final AdminPinView pinView;
    private final SettingsView settingsView;
    private final StackPane root = new StackPane();
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final Scene scene;
    private final EventHandler<KeyEvent> echoKeys = e -> echo.key(textOf(e), System.nanoTime());

    SettingsScreen(boolean training, AdminPinViewModel pin, SettingsViewModel settings, HardwareChecks hardware,
                   I18n i18n, Scene scene) {
        this.training = training;
        this.pin = pin;
        this.settings = settings;
        this.hardware = hardware;
        this.scene = scene;
        this.pinView = new AdminPinView(pin, i18n);
        this.settingsView = new SettingsView(settings, hardware, echo, i18n);
        root.setId("settingsScreen");
        root.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        pin.approved().addListener((o, was, now) -> {
            if (now != null) {
                page(settingsView.root());
            }
        });
        echo.armed().addListener((o, was, now) -> {
            if (!now) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, echoKeys);
            }
        });
    }

    /** The screen on the running till: Save writes the file the till started with (else ~/.kassa/kassa.properties). */
    public static SettingsScreen create(TillRuntime runtime, HostEnvironment host, I18n i18n, Jobs jobs, Scene scene) {
        var s = runtime.settings();
        Path started = s.source().equals(ConfigFile.defaults().source()) ? null : Path.of(s.source());
        Path file = started != null ? started : host.home().resolve(".kassa").resolve("kassa.properties");
        ConfigFile config = started != null && Files.isRegularFile(started) ? ConfigFile.load(started)
                : ConfigFile.defaults();
        SettingsViewModel model = new SettingsViewModel(file, ConfigForm.values(config), host,
                new ConfigFileWriter(Clock.systemUTC()), jobs);
        var setup = runtime.till().setup();
        HardwareChecks hardware = new HardwareChecks(setup.printer(), setup.printTimeout(),
                s.printer().language(), () -> i18n.locale().get(), jobs);
        return new SettingsScreen(s.training(), new AdminPinViewModel(runtime.staff(), jobs), model, hardware, i18n,
                scene);
    }

    public void open() {
        pin.reset();
        page(training ? settingsView.root() : pinView.root());
        showing.set(true);
    }

    /** Keys while open; false lets the key reach the focused field. */
    public boolean key(KeyCode key) {
        boolean onPin = root.getChildren().contains(pinView.root());
        switch (key) {
            case ESCAPE -> close();
            case ENTER -> {
                if (onPin) {
                    pin.submit();
                } else {
                    settings.check();
                }
            }
            case F3, F4, F5, F6, F8 -> {
                if (onPin) {
                    return true;
                }
                settingsKey(key);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void settingsKey(KeyCode key) {
        switch (key) {
            case F3 -> settings.save();
            case F4 -> hardware.run(PrinterTest.CODE_PAGE);
            case F5 -> hardware.run(PrinterTest.SLIP_SAMPLE);
            case F6 -> hardware.run(PrinterTest.DRAWER);
            case F8 -> {
                echo.arm();
                scene.addEventFilter(KeyEvent.KEY_PRESSED, echoKeys);
            }
            default -> { }
        }
    }

    private void page(Node page) {
        root.getChildren().setAll(page);
        focus();
    }

    public void focus() {
        if (root.getChildren().contains(pinView.root())) {
            pinView.focus();
        } else {
            settingsView.focus();
        }
    }

    public boolean showing() {
        return showing.get();
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public Node root() {
        return root;
    }

    public void close() {
        if (echo.armed().get()) {
            echo.finish();
        }
        showing.set(false);
    }

    /** The bytes a key sends: Enter and Tab as the control characters a scanner ends a code with. */
    static String textOf(KeyEvent e) {
        return e.getCode() == KeyCode.ENTER ? "\r" : e.getCode() == KeyCode.TAB ? "\t" : e.getText();
    }

    SettingsViewModel settings() {
        return settings;
    }
}
