package org.kassa.app.ui.shell;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.core.FxJobs;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.KeyMap;
import org.kassa.app.ui.settings.SettingsScreen;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.app.ui.report.ReportDesk;
import org.kassa.app.ui.report.ReportsViewModel;
import org.kassa.app.ui.mealcard.MealCardViewModel;
import org.kassa.app.ui.shift.ShiftViewModel;
import org.kassa.printer.VirtualPrinter;
import org.kassa.till.Recovery;

/**
 * The till window: shows at once, opens the till in a background task (store, Pay peer, printer), runs
 * recovery keeping the open sale, shows what recovery did, then the sale screen (asking for a shift first when
 * none is open outside training).
 */
public final class TillWindow implements AutoCloseable {

    private final KassaSettings settings;
    private final I18n i18n;
    private final ShellView shell;
    private final Scene scene;
    private final FxJobs jobs = new FxJobs();
    private final FxJobs statusJobs = new FxJobs();
    private final ReadOnlyObjectWrapper<TillScreen> screen = new ReadOnlyObjectWrapper<>();
    private volatile TillRuntime runtime;
    private volatile ShiftViewModel shift;

    private TillWindow(Stage stage, KassaSettings settings) {
        this.settings = settings;
        this.i18n = new I18n(settings.uiLanguage().locale());
        this.shell = new ShellView(i18n, settings.training());
        this.scene = new Scene(shell.root(), 1024, 768);
        Themes.apply(scene, false);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get("app.title")
                + (settings.training() ? " — " + i18n.get("training.title") : ""), i18n.locale()));
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
    }

    /** Shows the window on {@code stage} and starts the till behind it. */
    public static TillWindow open(Stage stage, KassaSettings settings) {
        return open(stage, settings, TillOpening.begin(settings));
    }

    /** Shows the window on {@code stage} over a till that {@code opening} is already opening. */
    public static TillWindow open(Stage stage, KassaSettings settings, TillOpening opening) {
        TillWindow window = new TillWindow(stage, settings);
        stage.show();
        org.slf4j.LoggerFactory.getLogger(TillWindow.class).info("window shown {} ms after the process started",
                SaleScreenReady.sinceStart());
        window.start(opening);
        return window;
    }

    private void start(TillOpening opening) {
        shell.overlay().show(InfoViews.starting(i18n));
        opening.opened().whenComplete((opened, why) -> Platform.runLater(() -> {
            if (why == null) {
                runtime = opened.runtime();
                started(opened.report());
                return;
            }
            Throwable cause = why instanceof java.util.concurrent.CompletionException && why.getCause() != null
                    ? why.getCause() : why;
            String first = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines()
                    .findFirst().orElse("");
            shell.overlay().show(InfoViews.startFailed(i18n, first));
        }));
    }

    private void started(Recovery.Report report) {
        shift = new ShiftViewModel(runtime.staff(), runtime.shifts(), settings.training(), jobs);
        var supervisor = SupervisorScreens.Models.of(runtime, jobs);
        var till = runtime.till();
        VirtualPrinter virtual = till.setup().printer() instanceof VirtualPrinter v ? v : null;
        var payUrl = till.setup().pay().settings().baseUrl();
        var status = new StatusViewModel(settings.mode(), payUrl, till.setup().printer(), statusJobs);
        runtime.central().ifPresent(c -> status.central(() -> runtime.store().outbox().backlog().count()));
        shell.setStatusBar(StatusBar.create(status, shift.shift(), i18n));
        TillScreen ready = new TillScreen(shell, scene, till, settings.scanners().wedge(),
                virtual == null ? null : virtual::lastPreview, i18n, jobs, shift,
                new SupervisorScreens(supervisor, i18n), new KeyMap(settings.keys()),
                MealCardViewModel.forWindow(runtime.mealCards(), jobs, settings.dataDir()),
                SettingsScreen.create(runtime, HostEnvironment.system(), i18n, jobs, scene),
                new ReportsViewModel(new ReportDesk(runtime), jobs));
        shift.check();
        List<UiMessage> lines = RecoveryLines.of(report);
        if (!lines.isEmpty()) {
            ready.showInfo(InfoViews.recovery(i18n, lines));
        }
        screen.set(ready);
        SaleScreenReady.announceOnce(scene, shell.overlay(), settings.training()
                ? new javafx.beans.property.SimpleBooleanProperty(true) : shift.shift().isNotNull());
    }

    /** The working screen once the till is open (null before); tests wait for it. */
    public ReadOnlyObjectProperty<?> ready() {
        return screen.getReadOnlyProperty();
    }

    public TillRuntime runtime() {
        return runtime;
    }

    public Scene scene() {
        return scene;
    }

    @Override
    public void close() {
        shell.setStatusBar(null);
        if (screen.get() != null) {
            screen.get().close();
        }
        jobs.close();
        statusJobs.close();
        if (runtime != null) {
            runtime.close();
        }
    }
}
