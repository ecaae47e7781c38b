package org.kassa.app.ui.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.Keyboard;
import org.kassa.app.ui.shell.TillWindow;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.staff.Role;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.TillStore;
import org.testfx.api.FxToolkit;

/**
 * The real till window for the UI benchmarks: JavaFX headless (Monocle), test mode against a Pay URL, a file
 * printer, an administrator with an open shift, the demo catalog; keys go in as {@link Keyboard} sends them.
 */
final class BenchWindow implements AutoCloseable {

    /** Monocle headless, as the TestFX tests run (app/pom.xml's testfx.argLine). */
    static final String[] MONOCLE = {"-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
        "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true"};

    final TillWindow window;
    final Keyboard keys;
    final Scene scene;
    final Path dir;

    private BenchWindow(TillWindow window, Path dir) {
        this.window = window;
        this.dir = dir;
        this.scene = window.scene();
        this.keys = new Keyboard(BenchWindow::onFxAndWait, scene);
    }

    static BenchWindow open(URI payUrl, String login, String password, String... extraSettings) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench-windows", UUID.randomUUID().toString()))
                .toAbsolutePath();
        String slashed = dir.toString().replace('\\', '/');
        List<String> lines = new java.util.ArrayList<>(List.of("kassa.mode = test", "ui.language = ru",
                "kassa.dataDir = " + slashed, "pay.baseUrl.test = " + payUrl, "pay.login = " + login,
                "pay.password = " + password, "printer.address = file:" + slashed + "/printer.bin"));
        lines.addAll(List.of(extraSettings));
        Path file = Files.writeString(dir.resolve("kassa.properties"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        KassaSettings settings = KassaSettings.load(file, new HostEnvironment(dir.resolve("home"), Map.of(), "Linux"));
        try (TillStore store = TillStore.open(settings.jdbcUrl())) {
            Staff staff = new Staff(store, store.settings().tillId(), Clock.systemUTC());
            staff.add("bench", "Bench", Role.ADMINISTRATOR, "2468".toCharArray(), null);
            new Shifts(store, store.settings().tillId(), Clock.systemUTC(), staff)
                    .open(staff.verify("bench", "2468".toCharArray(), Role.OPERATOR, "shift.open", null), 0, false);
            store.products().upsertAll(CatalogCsv.demo());
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        TillWindow[] opened = new TillWindow[1];
        FxToolkit.setupFixture(() -> opened[0] = TillWindow.open(stage, settings));
        BenchWindow bench = new BenchWindow(opened[0], dir);
        bench.await(60, () -> opened[0].ready().get() != null && !bench.visible("#starting")
                && bench.focusedId().equals("saleInput"), "the sale screen");
        return bench;
    }

    int basketSize() throws Exception {
        return onFx(() -> basket().getItems().size());
    }

    @SuppressWarnings("unchecked")
    TableView<Object> basket() {
        return (TableView<Object>) scene.lookup("#basket");
    }

    boolean visible(String id) {
        Node found = scene.lookup(id);
        if (found == null) {
            return false;
        }
        for (Node n = found; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    String focusedId() {
        Node f = scene.getFocusOwner();
        return f == null || f.getId() == null ? "" : f.getId();
    }

    /** Cancels the open sale through the window (Esc, then Enter on the question); waits for the sale screen. */
    void cancelSale() throws Exception {
        keys.press(KeyCode.ESCAPE);
        await(5, () -> visible("#confirmCancel"), "the cancel question");
        keys.press(KeyCode.ENTER);
        // the next scan is ignored while the question is still up: wait for the focus to return to the sale
        await(10, () -> basket().getItems().isEmpty() && !visible("#confirmCancel")
                && focusedId().equals("saleInput"), "an empty basket");
    }

    /** Whether {@code condition}, checked on the FX thread, holds within {@code seconds}. */
    boolean within(int seconds, Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /** Waits (bounded) until {@code condition}, checked on the FX thread, holds. */
    void await(int seconds, Supplier<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " within " + seconds + " s; " + onFx(this::whatIsShown)
                        + "; threads in " + threadDump());
            }
            Thread.sleep(1);
        }
    }

    /** For a failure message: where the focus is and what the sale line says (a split scan shows there). */
    private String whatIsShown() {
        Node message = scene.lookup("#saleMessage");
        Node input = scene.lookup("#saleInput");
        Node cash = scene.lookup("#cashMessage");
        return "focus on '" + focusedId() + "', sale message '"
                + (message instanceof javafx.scene.control.Labeled l ? l.getText() : "?") + "', sale input '"
                + (input instanceof javafx.scene.control.TextInputControl t ? t.getText() : "?") + "', cash message '"
                + (cash instanceof javafx.scene.control.Labeled l ? l.getText() : "?") + "'";
    }

    private Path threadDump() throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, frames) -> {
            out.append('"').append(t.getName()).append("\" ").append(t.getState()).append('\n');
            for (StackTraceElement f : frames) {
                out.append("    at ").append(f).append('\n');
            }
        });
        return Files.writeString(dir.resolve("threads.txt"), out);
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void onFxAndWait(Runnable r) {
        try {
            onFx(() -> {
                r.run();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(window::close);
    }
}
