package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.totp.BarcodeGenerator;

/**
 * {@code kassa user}, {@code shift}, {@code refund} and {@code report} in test mode against a sandbox the test
 * runs over HTTP (it outlives each command, so a refund finds the payment another command made). PINs go in on
 * standard input.
 */
class BackOfficeCommandsTest {

    static final String REFUND_PATH = "/api/v1/merchant/transaction/refund";

    PaySandbox sandbox;
    Path dir;
    Path config;

    @BeforeEach
    void start() throws IOException {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        dir = Files.createDirectories(Path.of("target", "back-office", UUID.randomUUID().toString()));
        config = Cli.config(dir, "kassa.dataDir = " + dir.toAbsolutePath().toString().replace('\\', '/'),
                "kassa.mode = test", "pay.baseUrl.test = " + sandbox.baseUrl(), "pay.login = " + sandbox.login(),
                "pay.password = " + sandbox.password());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aShiftWithRefundsEndsInAZReportThatMatchesTheLedger() throws Exception {
        assertThat(run("9876\n", "user", "add", "--login", "boss", "--role", "administrator").exit()).isZero();
        assertThat(run("9876\n5555\n", "user", "add", "--login", "sveta", "--role", "supervisor", "--admin", "boss")
                .exit()).isZero();
        assertThat(run("9876\n1234\n", "user", "add", "--login", "olga", "--role", "operator", "--admin", "boss")
                .exit()).isZero();
        Cli.Run list = run("", "user", "list");
        assertThat(lines(list)).extracting(l -> l.get("login").asText()).containsExactly("boss", "olga", "sveta");
        assertThat(list.out()).doesNotContain("argon2").doesNotContain("9876");

        Cli.Run noShift = run("", "sell", "--free", "Товар=50000", "--tender", "cash");
        assertThat(noShift.exit()).isEqualTo(1);
        assertThat(noShift.err()).contains("Смена не открыта");

        assertThat(run("1234\n", "shift", "open", "--user", "olga", "--cash", "100000").exit()).isZero();
        assertThat(last(run("", "shift", "status")).get("number").asInt()).isEqualTo(1);

        Cli.Run sell = run("", "sell", "--free", "Товар А=30000", "--free", "Товар Б=20000", "--tender", "koshelek",
                "--provider", "SBP", "--card", card());
        assertThat(sell.exit()).as(sell.err()).isZero();
        JsonNode sale = last(sell);
        String tx = sale.get("payments").get(0).get("transactionId").asText();

        Cli.Run byOperator = run("1234\n", "refund", "--transaction", tx, "--line", "1", "--supervisor", "olga");
        assertThat(byOperator.exit()).isEqualTo(1);
        assertThat(byOperator.err()).contains("olga").contains("SUPERVISOR");
        Cli.Run wrongPin = run("0000\n", "refund", "--transaction", tx, "--line", "1", "--supervisor", "sveta");
        assertThat(wrongPin.exit()).isEqualTo(1);
        assertThat(wrongPin.err()).contains("Неверный PIN");
        assertThat(sandbox.ledger().requestsTo(REFUND_PATH)).isZero();    // refused: nothing was sent

        assertThat(run("9876\nSV-CARD-0001\n", "user", "card", "--login", "sveta", "--admin", "boss").exit())
                .isZero();
        Cli.Run wrongCard = run("SV-CARD-0002\n", "refund", "--transaction", tx, "--supervisor-card");
        assertThat(wrongCard.exit()).isEqualTo(1);
        assertThat(sandbox.ledger().requestsTo(REFUND_PATH)).isZero();
        Cli.Run partial = run("SV-CARD-0001\n", "refund", "--transaction", tx, "--line", "1", "--supervisor-card");
        assertThat(partial.exit()).as(partial.err()).isZero();
        assertThat(last(partial).get("amount").asLong()).isEqualTo(30_000);
        assertThat(last(partial).get("saleVoided").asBoolean()).isFalse();
        Cli.Run rest = run("5555\n", "refund", "--order", sale.get("orderId").asText(), "--supervisor", "sveta");
        assertThat(rest.exit()).as(rest.err()).isZero();
        assertThat(last(rest).get("amount").asLong()).isEqualTo(20_000);
        assertThat(last(rest).get("saleVoided").asBoolean()).isTrue();
        Cli.Run again = run("5555\n", "refund", "--sale", sale.get("saleId").asText(), "--supervisor", "sveta");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("уже возвращено");

        assertThat(run("", "sell", "--free", "Пакет=10000", "--tender", "cash").exit()).isZero();
        Path csv = dir.resolve("x.csv");
        Cli.Run x = run("", "report", "x", "--csv", csv.toString());
        assertThat(x.exit()).as(x.err()).isZero();
        assertThat(last(x).get("cashInDrawer").asLong()).isEqualTo(110_000);
        byte[] csvBytes = Files.readAllBytes(csv);
        assertThat(new String(csvBytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");

        Cli.Run z = run("1234\n", "report", "z", "--user", "olga", "--counted", "109000", "--print");
        assertThat(z.exit()).as(z.err()).isZero();
        JsonNode report = last(z);
        assertThat(report.get("kind").asText()).isEqualTo("Z");
        assertThat(report.get("difference").asLong()).isEqualTo(-1_000);
        SandboxLedger.SandboxPayment paid = sandbox.ledger().payment(tx).orElseThrow();
        assertThat(paid.status()).isEqualTo("refunded");
        List<String> ids = new ArrayList<>();
        report.get("koshelek").forEach(l -> ids.add(l.get("kind").asText() + " " + l.get("transactionId").asText()
                + " " + l.get("requestId").asText() + " " + l.path("refundTransactionId").asText("") + " "
                + l.get("amount").asLong()));
        List<String> expected = new ArrayList<>();
        expected.add("PAYMENT " + tx + " " + paid.requestId() + "  " + paid.totalAmount());
        paid.refunds().forEach(r -> expected.add("REFUND " + tx + " " + r.requestId() + " " + r.refTransactionId()
                + " " + r.amount()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);

        Cli.Run reprint = run("", "report", "z", "--shift", "1");
        assertThat(reprint.exit()).isZero();
        assertThat(last(reprint)).isEqualTo(report);
        assertThat(last(run("", "shift", "status")).get("open").asBoolean()).isFalse();
    }

    @Test
    void aPinIsNeverAFlagAndTheFirstUserMustBeAnAdministrator() throws Exception {
        assertThat(run("", "user", "add", "--login", "x", "--role", "operator", "--pin", "1234").exit()).isEqualTo(2);
        Cli.Run first = run("1234\n", "user", "add", "--login", "olga", "--role", "operator");
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).contains("администратор");
        Cli.Run noPin = run("", "user", "add", "--login", "boss", "--role", "administrator");
        assertThat(noPin.exit()).isEqualTo(1);
        assertThat(noPin.err()).contains("standard input");
        assertThat(run("", "report", "q").exit()).isEqualTo(2);
        assertThat(run("", "report", "z").err()).contains("--counted");
    }

    private String card() {
        java.util.Random r = new java.util.Random(42);
        return new BarcodeGenerator(TotpConfig.settings(ConfigFile.defaults())).barcode(
                "7770" + String.format("%09d", r.nextInt(1_000_000_000)), "BO" + String.format("%04d",
                        (int) (System.nanoTime() % 10_000)), System.currentTimeMillis() / 1000);
    }

    private Cli.Run run(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.inProcess(all);
        } finally {
            System.setIn(saved);
        }
    }

    private static List<JsonNode> lines(Cli.Run run) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.mapper().readTree(line));
            }
        }
        return nodes;
    }

    private static JsonNode last(Cli.Run run) throws IOException {
        List<JsonNode> all = lines(run);
        assertThat(all).as(run.err()).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
