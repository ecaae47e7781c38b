package org.kassa.app.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.kassa.app.ui.shell.TillWindow;

/** What the screenshot tours share: PNG shots of the window's scene, bounded waits, lookups on the FX thread. */
final class ScreenCamera {

    private Path out;
    private TillWindow window;

    ScreenCamera(Path out) {
        this.out = out;
    }

    void aimAt(TillWindow window) {
        this.window = window;
    }

    TillWindow window() {
        return window;
    }

    /** Writes the scene as {@code name.png} (RGB, 1024×768). */
    void shot(String name) throws Exception {
        WritableImage fx = onFx(() -> window.scene().snapshot(null));
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

    /** Where the tour stopped, for the one running it: target/screenshot-tour-failed.png, never beside the shots. */
    void shotOnFailure() {
        if (window == null) {
            return;
        }
        try {
            Path saved = out;
            out = Path.of("target");
            shot("screenshot-tour-failed");
            out = saved;
        } catch (Exception e) {
            System.err.println("no picture of the failure: " + e);
        }
    }

    /** Waits for a node and every parent of it to be visible. */
    void awaitVisible(String id, int seconds) throws Exception {
        await(() -> visible(id), seconds, id + " visible");
    }

    void awaitHidden(String id, int seconds) throws Exception {
        await(() -> !visible(id), seconds, id + " hidden");
    }

    void awaitFocus(String id, int seconds) throws Exception {
        await(() -> id.equals(focused()), seconds, id + " focused");
    }

    void awaitText(String id, String part, int seconds) throws Exception {
        await(() -> text(id).contains(part), seconds, id + " containing " + part);
    }

    void await(BooleanSupplier condition, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not reached within " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    boolean visible(String id) {
        Node node = window.scene().lookup(id);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null && node.getScene() != null;
    }

    /** Focuses a node once it is there (a screen may build its fields after it shows). */
    void focus(String id) throws Exception {
        await(() -> window.scene().lookup(id) != null, 10, id + " present");
        ScreenshotTour.onFx(() -> window.scene().lookup(id).requestFocus());
    }

    private String focused() {
        Node owner = window.scene().getFocusOwner();
        return owner == null ? "" : String.valueOf(owner.getId());
    }

    private String text(String id) {
        Node node = window.scene().lookup(id);
        return node instanceof javafx.scene.control.Labeled l ? l.getText()
                : node instanceof javafx.scene.control.TextInputControl t ? t.getText() : "";
    }

    private static <T> T onFx(Supplier<T> value) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(value.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
