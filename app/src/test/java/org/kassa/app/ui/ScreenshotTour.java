package org.kassa.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.shell.TillWindow;

/**
 * Takes the README's screenshots from the real window on a real display (run under xvfb-run): the sale
 * screen, Koshelek Pay's progress, the tip dialog, the cash view, the accepted slip, the reports. Not a test; run with
 * {@code xvfb-run -s "-screen 0 1024x768x24" java -cp … org.kassa.app.ui.ScreenshotTour docs/screenshots}.
 */
public final class ScreenshotTour {

    private static Path out;

    public static void main(String[] args) throws IOException {
        out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/screenshots"));
        Application.launch(Window.class);
    }

    /** The JavaFX application (kept apart: a main class that extends Application needs JavaFX as modules). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            tour(stage);
        }
    }

    private static void tour(Stage stage) throws Exception {
        long startNanos = System.nanoTime();
        KassaSettings settings = TrainingTill.settings("ru");
        System.out.printf("settings read %d ms%n", (System.nanoTime() - startNanos) / 1_000_000);
        TillWindow window = TillWindow.open(stage, settings);
        System.out.printf("window shown %d ms%n", (System.nanoTime() - startNanos) / 1_000_000);
        Thread tour = new Thread(() -> {
            int exit = 0;
            try {
                run(window, settings, startNanos);
            } catch (Exception | AssertionError e) {
                e.printStackTrace();
                exit = 1;
            } finally {
                onFx(window::close);
                Platform.exit();
                System.exit(exit);
            }
        }, "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private static void run(TillWindow window, KassaSettings settings, long startNanos) throws Exception {
        await(() -> window.ready().get() != null && !visible(window, "#starting"), 60);
        System.out.printf("sale screen usable %d ms after the window was asked for%n",
                (System.nanoTime() - startNanos) / 1_000_000);
        Keyboard keys = new Keyboard(ScreenshotTour::onFx, window.scene());
        keys.typeAsPerson("4601234000017", true);
        keys.typeAsPerson("2*4601234000024", true);
        keys.typeAsPerson("0,742*2001000000005", true);
        keys.scan(TrainingTill.cardWithSession(settings));
        Thread.sleep(1500);
        shot(window, "sale-screen");

        keys.press(KeyCode.F12);
        Thread.sleep(500);
        shot(window, "koshelek-provider");
        keys.press(KeyCode.ENTER);
        await(() -> visible(window, "#koshelekAccepted"), 20);
        Thread.sleep(800);
        shot(window, "koshelek-accepted");
        keys.press(KeyCode.ENTER);

        keys.typeAsPerson("98*4601234000079", true);      // stays pending: the progress view
        keys.scan(TrainingTill.cardWithSession(settings));
        Thread.sleep(800);
        keys.press(KeyCode.F12);
        keys.press(KeyCode.ENTER);
        Thread.sleep(7_300);
        shot(window, "koshelek-progress");
        keys.press(KeyCode.ESCAPE);
        await(() -> !visible(window, "#koshelekProgress"), 20);
        keys.press(KeyCode.ESCAPE);
        keys.press(KeyCode.ENTER);                        // cancel that sale

        keys.typeAsPerson("99*4601234000079", true);      // declined: the tip dialog, then cash
        keys.scan(TrainingTill.cardWithSession(settings));
        Thread.sleep(800);
        keys.press(KeyCode.F12);
        keys.press(KeyCode.ENTER);
        await(() -> visible(window, "#tipDialog"), 20);
        Thread.sleep(500);
        shot(window, "tip-dialog");
        keys.press(KeyCode.ENTER);
        keys.typeAsPerson("10000", false);
        Thread.sleep(500);
        shot(window, "cash-view");
        keys.press(KeyCode.ENTER);
        await(() -> !visible(window, "#cashView"), 10);
        keys.press(KeyCode.F5);                           // the X report of the shift so far
        await(() -> visible(window, "#reportsView"), 10);
        Thread.sleep(1000);
        shot(window, "reports");
        keys.press(KeyCode.ESCAPE);
        keys.press(KeyCode.F9);
        keys.typeAsPerson("4601234000017", true);
        keys.scan(TrainingTill.cardWithoutSession(settings));
        Thread.sleep(1000);
        shot(window, "sale-screen-high-contrast");
    }

    private static boolean visible(TillWindow window, String id) {
        var node = window.scene().lookup(id);
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null && node.getScene() != null;
    }

    private static void shot(TillWindow window, String name) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> image.complete(window.scene().snapshot(null)));
        WritableImage fx = image.get(10, TimeUnit.SECONDS);
        BufferedImage png = new BufferedImage((int) fx.getWidth(), (int) fx.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader reader = fx.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path file = out.resolve(name + ".png");
        ImageIO.write(png, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static void await(BooleanSupplier condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(condition.getAsBoolean()));
            if (now.get(10, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    private static void onFx(Runnable action) {
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
