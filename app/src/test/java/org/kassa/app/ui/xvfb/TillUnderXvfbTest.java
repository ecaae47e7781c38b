package org.kassa.app.ui.xvfb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.crash.ChildJvm;
import org.kassa.app.till.TrainingCards;
import org.kassa.printer.testing.EscPosDecoder;

/**
 * Issue 12's "Done when", as a merchant runs it in test mode: {@code kassa sandbox} as its own process, the
 * catalog, the first user and an open shift made with {@code kassa catalog import}, {@code kassa user add} and
 * {@code kassa shift open}, then {@code kassa} (the window, through the real launcher and JavaFX's GTK backend)
 * on an Xvfb display. xdotool types on that display's keyboard: a catalog barcode and Enter and a loyalty
 * barcode and Enter as a wedge scanner types (a few ms between keys), then F12 and Enter (SBP). The slip printed
 * to the printer file is decoded back, and {@code kassa sales} finds the paid sale with its accepted payment.
 */
class TillUnderXvfbTest {

    /** Between two scans, the time a cashier takes to present the next code. */
    private static final long CASHIER_PAUSE_MILLIS = 1_500;

    private static final String MILK = "4601234000017";
    private static final Duration START = Duration.ofSeconds(60);
    /** A wedge scanner's gap between keys; the wedge takes keys closer than 40 ms as one scan. */
    private static final int WEDGE_GAP_MILLIS = 3;

    @Test
    void wedgeScansThenF12PayAgainstAStandaloneSandboxPrintTheSlipAndStoreTheSale() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "xvfb-till",
                UUID.randomUUID().toString())).toAbsolutePath();
        try (ChildJvm sandbox = ChildJvm.start("sandbox", dir, List.of(), "sandbox")) {
            JsonNode ready = sandbox.await(j -> j.has("baseUrl"), "the sandbox's baseUrl line", START);
            Path data = dir.resolve("data");
            Path printer = dir.resolve("printer.bin");
            Path config = Files.writeString(dir.resolve("kassa.properties"), String.join("\n",
                    "kassa.mode = test", "ui.language = ru", "kassa.dataDir = " + data,
                    "pay.baseUrl.test = " + ready.get("baseUrl").asText(), "pay.login = " + ready.get("login").asText(),
                    "pay.password = " + ready.get("password").asText(), "printer.address = file:" + printer) + "\n",
                    StandardCharsets.UTF_8);
            Path pins = Files.writeString(dir.resolve("pin.txt"), "4321\n", StandardCharsets.UTF_8);
            command(dir, null, "catalog", "import", "--demo", "--config", config.toString());
            command(dir, pins, "user", "add", "--login", "olga", "--role", "administrator", "--config", config.toString());
            command(dir, pins, "shift", "open", "--user", "olga", "--cash", "0", "--config", config.toString());

            Path log = data.resolve("logs").resolve("kassa.log");
            try (XDisplay x = XDisplay.start(dir);
                 ChildJvm till = ChildJvm.start("till", dir, List.of(), Map.of("DISPLAY", x.name(),
                         "KASSA_CONFIG", config.toString()), null)) {
                waitFor(START, () -> logged(log, "sale screen ready") || !till.alive(), "the sale screen", till);
                assertThat(till.alive()).as("the till window is up\n%s", till.report()).isTrue();
                x.focus("^Касса");

                x.scan(MILK, WEDGE_GAP_MILLIS);
                waitFor(Duration.ofSeconds(20), () -> count(log, "scan: PRODUCT_ADDED") == 1, "milk in the basket", till);
                String card = new TrainingCards(TotpConfig.settings(ConfigFile.defaults())).withSession();
                // A cashier needs a moment to take the customer's phone: the next scan is not 50 ms after the last.
                Thread.sleep(CASHIER_PAUSE_MILLIS);
                x.scan(card, WEDGE_GAP_MILLIS);
                waitFor(Duration.ofSeconds(20), () -> count(log, "scan: CARD_WITH_SESSION") == 1, "the card", till);
                x.key("F12");
                x.key("Return");        // the provider choice: SBP, the first one
                waitFor(Duration.ofSeconds(40), () -> slipPrinted(printer), "the Koshelek slip on the printer", till);

                List<String> slip = EscPosDecoder.lines(EscPosDecoder.decode(Files.readAllBytes(printer),
                        EscPosDecoder.EPSON));
                assertThat(String.join("\n", slip)).contains("Молоко").contains("89,90").contains("Кошелёк Pay: оплата").contains("qrcId");
                assertThat(till.stop()).as("the window ends on SIGTERM\n%s", till.report()).isNotNull();
            }
            JsonNode sale = lastJson(command(dir, null, "sales", "--status", "PAID", "--config", config.toString()));
            assertThat(sale.path("total").asLong()).isEqualTo(8_990);
            assertThat(sale.path("payments")).singleElement().satisfies(p -> {
                assertThat(p.path("tender").asText()).isEqualTo("KOSHELEK");
                assertThat(p.path("status").asText()).isEqualTo("ACCEPTED");
            });
        }
    }

    /** {@code kassa ARGS} to its end; asserts exit 0 and returns the child for its stdout. */
    private static ChildJvm command(Path dir, Path stdin, String... args) throws Exception {
        ChildJvm child = ChildJvm.start(args[0], dir, List.of(), Map.of(), stdin, args);
        Integer exit = child.awaitExit(Duration.ofSeconds(60));
        assertThat(exit).as("kassa %s\n%s", String.join(" ", args), child.report()).isEqualTo(0);
        return child;
    }

    private static JsonNode lastJson(ChildJvm child) {
        List<JsonNode> lines = child.jsonLines();
        assertThat(lines).as(child.report()).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    private static boolean slipPrinted(Path printer) {
        try {
            if (!Files.exists(printer)) {
                return false;
            }
            String text = String.join("\n", EscPosDecoder.lines(EscPosDecoder.decode(Files.readAllBytes(printer),
                    EscPosDecoder.EPSON)));
            return text.contains("Кошелёк Pay: оплата");
        } catch (Exception | AssertionError e) {
            return false;     // caught mid-write
        }
    }

    private static boolean logged(Path log, String text) {
        return count(log, text) > 0;
    }

    private static long count(Path log, String text) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(text)).count() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void waitFor(Duration limit, BooleanSupplier done, String what, ChildJvm till) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + limit.toSeconds() + " s\n" + till.report());
            }
            Thread.sleep(50);
        }
    }
}
