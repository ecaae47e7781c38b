package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.shell.TillWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The meal-card and settings screens through the real window (headless, Monocle), keyboard only, training mode
 * with the meal-card key moved to F6 in the file: a METROPOL card with its SMS code, a SODEXO card through the
 * QR code the window draws (read back by zbarimg), a MULTINET card on the provider's form in the WebView, then the settings: a refused value with Kassa's own message,
 * Save with a backup, the scanner echo and a printer test.
 */
@ExtendWith(ApplicationExtension.class)
class AdminScreensJourneyTest {

    private Path dir;
    private Path file;
    private TillWindow window;
    private FxRobot robot;
    private WindowLookups look;
    private Keyboard keys;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "ui-tills",
                UUID.randomUUID().toString())).toAbsolutePath();
        file = dir.resolve("kassa.properties");
        Files.writeString(file, "# till 3\nkassa.mode = training\nui.language = ru\nkassa.dataDir = " + dir
                + "\nui.key.mealcard = F6\n", StandardCharsets.UTF_8);
        window = TillWindow.open(stage, KassaSettings.load(file, host()));
    }

    @BeforeEach
    void tillIsReady(FxRobot fx) throws Exception {
        robot = fx;
        look = new WindowLookups(fx);
        keys = new Keyboard(fx, window.scene());
        WindowLookups.waitFor(30, () -> window.ready().get() != null && !look.visible("#starting"));
    }

    @AfterEach
    void closeTill() {
        robot.interact(window::close);
    }

    @Test
    void mealCardsByTheConfiguredKeyWithSmsCodeAndQrCode() throws Exception {
        keys.press(KeyCode.F8);     // the default key does nothing: the file moved it to F6
        assertThat(look.visible("#mealCardView")).isFalse();
        keys.press(KeyCode.F6);
        WindowLookups.waitFor(5, () -> look.visible("#mealCardView"));
        assertThat(look.text("#mealCardType")).contains("METROPOL");

        keys.typeAsPerson("9792030000000011", false);
        keys.press(KeyCode.TAB);
        keys.typeAsPerson("905551112233", true);
        WindowLookups.waitFor(10, () -> look.visible("#mealCardCode"));
        assertThat(window.scene().getFocusOwner().getId()).isEqualTo("mealCardCode");
        keys.typeAsPerson("123456", true);
        WindowLookups.waitFor(10, () -> look.text("#mealCardStatus").equals("Карта сохранена: 9792********0011"));
        assertThat(window.runtime().store().mealCards().list()).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo("COMPLETED"));
        keys.press(KeyCode.ESCAPE);
        WindowLookups.waitFor(5, () -> !look.visible("#mealCardView"));
        assertThat(window.scene().getFocusOwner().getId()).isEqualTo("saleInput");

        keys.press(KeyCode.F6);
        WindowLookups.waitFor(5, () -> look.visible("#mealCardView"));
        for (int i = 0; i < 3; i++) {
            keys.press(KeyCode.PAGE_UP);
        }
        assertThat(look.text("#mealCardType")).contains("SODEXO");
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(10, () -> look.visible("#mealCardQr"));
        String url = zbarimg(robot.lookup("#mealCardQr").queryAs(ImageView.class).getImage());
        assertThat(look.text("#mealCardStatus")).endsWith(url);

        customerSubmits(fetch(url));
        WindowLookups.waitFor(10, () -> look.text("#mealCardStatus").equals("Карта сохранена: 7599********1920"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> !look.visible("#mealCardView"));

        keys.press(KeyCode.F6);
        for (int i = 0; i < 4; i++) {
            keys.press(KeyCode.PAGE_DOWN);
        }
        assertThat(look.text("#mealCardType")).contains("MULTINET");
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(10, () -> look.visible("#mealCardWeb"));
        WebEngine engine = robot.lookup("#mealCardWeb").queryAs(WebView.class).getEngine();
        var loaded = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            loaded.set(engine.getLoadWorker().getState() == Worker.State.SUCCEEDED);
            engine.getLoadWorker().stateProperty().addListener((o, was, now) -> loaded.compareAndSet(false,
                    now == Worker.State.SUCCEEDED));
        });
        WindowLookups.waitFor(10, loaded::get);
        robot.interact(() -> engine.executeScript("document.forms[0].submit()"));   // the customer presses Store
        WindowLookups.waitFor(10, () -> look.text("#mealCardStatus").equals("Карта сохранена: 7599********1920"));
        assertThat(window.runtime().store().mealCards().list()).hasSize(3)
                .allSatisfy(row -> assertThat(row.status()).isEqualTo("COMPLETED"));
    }

    @Test
    void settingsShowKassasOwnMessageSaveWithABackupAndTestTheHardware() throws Exception {
        keys.press(KeyCode.F7);
        WindowLookups.waitFor(5, () -> look.visible("#settingsView"));
        assertThat(look.visible("#adminPin")).as("training needs no administrator PIN").isFalse();

        focusEnd("#setting-totp_interval");
        keys.press(KeyCode.BACK_SPACE);
        keys.press(KeyCode.BACK_SPACE);
        keys.typeAsPerson("abc", true);
        WindowLookups.waitFor(10, () -> !look.text("#setting-totp_interval-problem").isEmpty());
        assertThat(look.text("#setting-totp_interval-problem")).isEqualTo(kassaRefuses("totp.interval = abc"));
        WindowLookups.waitFor(5, () -> inSight("#setting-totp_interval") && inSight("#setting-totp_interval-problem"));
        keys.press(KeyCode.F3);
        WindowLookups.waitFor(10, () -> look.text("#settingsMessage").startsWith("Не сохранено"));

        for (int i = 0; i < 3; i++) {
            keys.press(KeyCode.BACK_SPACE);
        }
        keys.typeAsPerson("30", false);
        focusEnd("#setting-ui_key_help");
        keys.press(KeyCode.BACK_SPACE);
        keys.typeAsPerson("4", false);
        keys.press(KeyCode.F3);
        WindowLookups.waitFor(10, () -> look.text("#settingsMessage").startsWith("Сохранено в " + file));
        assertThat(look.text("#settingsMessage")).endsWith("Перезапустите Kassa, чтобы применить: ui.key.help");
        assertThat(Files.readString(file)).startsWith("# till 3\nkassa.mode = training\n")
                .contains("ui.key.mealcard = F6\n", "ui.key.help = F4\n").doesNotContain("totp.interval");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("kassa.properties.bak-"));
        }

        keys.press(KeyCode.F8);
        WindowLookups.waitFor(5, () -> look.text("#scannerEcho").startsWith("Эхо сканера: отсканируйте"));
        keys.scan("4601234000017");
        WindowLookups.waitFor(5, () -> look.text("#scannerEcho").contains("34 36 30 31 32 33 34 30 30 30 30 31 37 0D"));

        keys.press(KeyCode.F4);
        WindowLookups.waitFor(10, () -> look.text("#printerMessage").contains("принтер virtual принял"));
        keys.press(KeyCode.ESCAPE);
        WindowLookups.waitFor(5, () -> !look.visible("#settingsView"));
    }

    /** Whether the node lies wholly inside the settings' scrolled viewport (what the operator sees). */
    private boolean inSight(String id) {
        Node scroll = robot.lookup("#settingsScroll").query();
        Node node = robot.lookup(id).query();
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }

    /** Puts the caret at the end of a field, as clicking into it would (the rest is typed). */
    private void focusEnd(String id) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.end();
        });
    }

    /** The oracle: the message Kassa stops with when its file holds this line. */
    private String kassaRefuses(String line) throws Exception {
        Files.writeString(dir.resolve("probe.properties"), "kassa.dataDir = " + dir + "\n" + line + "\n");
        ConfigException e = catchThrowableOfType(() -> KassaSettings.load(dir.resolve("probe.properties"), host()),
                ConfigException.class);
        return e.getMessage().replace(dir.resolve("probe.properties").toString(), file.toString());
    }

    private HostEnvironment host() {
        return new HostEnvironment(dir.resolve("home"), Map.of(), "Linux");
    }

    /** What zbarimg (zbar-tools) reads in the image the window shows. */
    private String zbarimg(Image image) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        robot.interact(() -> {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    copy.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
        });
        Path png = dir.resolve("qr.png");
        ImageIO.write(copy, "png", png.toFile());
        String tool = onPath("zbarimg");
        Process p = new ProcessBuilder(tool, "-q", "--raw", "-Sbinary", png.toString())
                .redirectError(dir.resolve("zbar.err").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("zbarimg ends within 20 s").isTrue();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as("zbarimg finds a QR code").isZero();
        return text;
    }

    private static String onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return Path.of(d, tool).toString();
            }
        }
        throw new AssertionError(tool + " is not installed: install the Debian package zbar-tools");
    }

    private static String fetch(String url) throws Exception {
        HttpResponse<String> page = client().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** The customer's phone submits the provider's form with its first (stored) card. */
    private static void customerSubmits(String html) throws Exception {
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        assertThat(action.find()).isTrue();
        HttpResponse<String> answer = client().send(HttpRequest.newBuilder(URI.create(action.group(1)))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=7599000011111920")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
}
