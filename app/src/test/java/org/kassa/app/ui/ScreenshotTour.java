package org.kassa.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.ui.shell.TillWindow;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.catalog.CatalogCsv;

/**
 * Takes the README's screenshots (docs/screenshots/) from the real window on a real display, in Russian: a
 * training-mode tour ({@link TrainingShots}: sale, Koshelek Pay, tips, cash, help, reports, refund, meal card,
 * settings, shift close) and a short test-mode tour against a loopback sandbox ({@link TestModeShots}: the
 * open-shift card, the in-doubt tip). Not a test; build the class path and run it with
 * <pre>
 * mvn -B -ntp -o -q -pl app -am -DskipTests test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * xvfb-run -s "-screen 0 1024x768x24" java \
 *     -cp app/target/test-classes:app/target/classes:$(cat app/target/test-cp.txt) \
 *     org.kassa.app.ui.ScreenshotTour docs/screenshots
 * </pre>
 */
public final class ScreenshotTour {

    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/screenshots"));
        Application.launch(Window.class);
    }

    /** The JavaFX application (kept apart: a main class that extends Application needs JavaFX as modules). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Thread tour = new Thread(() -> System.exit(tour(stage)), "screenshot-tour");
            tour.setDaemon(true);
            tour.start();
        }
    }

    /** Both tours on the one stage; the exit code. */
    private static int tour(Stage stage) {
        ScreenCamera camera = new ScreenCamera(out);
        try {
            KassaSettings training = TrainingTill.settings("ru");
            open(camera, stage, training);
            new TrainingShots(camera, training).run();
            onFx(camera.window()::close);
            try (PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(
                    TotpConfig.settings(ConfigFile.defaults())))) {
                KassaSettings test = TestModeTill.settings(sandbox, List.of("pay.retry.maxAttempts = 2",
                        "pay.retry.initialBackoffMillis = 50", "pay.retry.maxBackoffMillis = 100"));
                TestModeTill.addAdministrator(test, "olga", "1234");
                open(camera, stage, test);
                camera.window().runtime().store().products().upsertAll(CatalogCsv.demo());
                new TestModeShots(camera, test, sandbox).run();
                onFx(camera.window()::close);
            }
            return 0;
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            camera.shotOnFailure();
            return 1;
        } finally {
            Platform.exit();
        }
    }

    /** Opens the till window on {@code stage} and waits until the till behind it is ready. */
    private static void open(ScreenCamera camera, Stage stage, KassaSettings settings) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<TillWindow> window = new CompletableFuture<>();
        onFx(() -> window.complete(TillWindow.open(stage, settings)));
        camera.aimAt(window.get());
        camera.await(() -> camera.window().ready().get() != null && !camera.visible("#starting"), 60, "till ready");
        System.out.printf("%s till usable %d ms after the window was asked for%n",
                settings.training() ? "training" : "test mode",
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs {@code action} on the FX thread and returns when it is done (at most 10 s). */
    static void onFx(Runnable action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
