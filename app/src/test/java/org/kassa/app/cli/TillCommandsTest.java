package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kassa sell}, {@code sales}, {@code recover} and {@code demo} in training mode on a fresh data folder. */
class TillCommandsTest {

    Path config;

    @BeforeEach
    void freshTill() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "till-commands", UUID.randomUUID().toString()));
        config = Cli.config(dir, "kassa.dataDir = " + dir.toAbsolutePath().toString().replace('\\', '/'));
    }

    @Test
    void aCashSaleIsPaidStoredAndListed() throws Exception {
        Cli.Run sell = run("sell", "--item", "4601234000017*2", "--free", "Пакет=1500", "--tender", "cash",
                "--cash-given", "50000");
        assertThat(sell.exit()).as(sell.err()).isZero();
        JsonNode sale = last(sell);
        assertThat(sale.get("status").asText()).isEqualTo("PAID");
        assertThat(sale.get("total").asLong()).isEqualTo(2 * 8_990 + 1_500);
        assertThat(sale.get("payments").get(0).get("tender").asText()).isEqualTo("CASH");

        Cli.Run sales = run("sales", "--status", "paid");
        assertThat(sales.exit()).isZero();
        assertThat(lines(sales)).singleElement().satisfies(line ->
                assertThat(line.get("orderId").asText()).isEqualTo(sale.get("orderId").asText()));
    }

    @Test
    void aKoshelekSaleIsPaidThroughTheSandbox() throws Exception {
        Cli.Run sell = run("sell", "--free", "Товар=50000", "--tender", "koshelek", "--provider", "SBP");
        assertThat(sell.exit()).as(sell.err()).isZero();
        JsonNode payment = last(sell).get("payments").get(0);
        assertThat(payment.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(payment.get("paymentType").asText()).isEqualTo("SBP");
        assertThat(payment.get("transactionId").asText()).isNotBlank();
        assertThat(sell.out()).doesNotContain("1234567891011");
    }

    @Test
    void anUnknownItemIsRefusedInPlainWordsAndNothingIsPaid() throws Exception {
        Cli.Run sell = run("sell", "--item", "0000000000000", "--tender", "cash");
        assertThat(sell.exit()).isEqualTo(1);
        assertThat(sell.err()).contains("0000000000000").contains("не найден");
        assertThat(lines(run("sales", "--status", "PAID"))).isEmpty();
    }

    @Test
    void badFlagsAreUsageErrors() throws Exception {
        assertThat(run("sell", "--free", "x=1", "--tender", "card").exit()).isEqualTo(2);
        assertThat(run("sales", "--since", "yesterday").exit()).isEqualTo(2);
        assertThat(run("sales", "--status", "LOST").err()).contains("OPEN, PAID, CANCELLED, VOIDED");
    }

    @Test
    void theCatalogCommandsUseTheTillsOwnDatabase() throws Exception {
        assertThat(run("sell", "--free", "x=1000", "--tender", "cash").exit()).isZero();   // creates the store
        Cli.Run list = run("catalog", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("4601234000017");    // the demo catalog the training till loaded
        assertThat(lines(run("journal"))).isEmpty();           // a cash sale sends nothing
    }

    @Test
    void recoverWithNothingInFlightIsClean() throws Exception {
        Cli.Run recover = run("recover");
        assertThat(recover.exit()).as(recover.err()).isZero();
        assertThat(last(recover).get("clean").asBoolean()).isTrue();
    }

    @Test
    void theTrainingDayEndsAsExpected() throws Exception {
        Cli.Run demo = run("demo");
        assertThat(demo.exit()).as(demo.out() + demo.err()).isZero();
        assertThat(lines(demo)).filteredOn(l -> "step".equals(l.path("event").asText()))
                .hasSizeGreaterThanOrEqualTo(15).allSatisfy(step -> assertThat(step.get("ok").asBoolean())
                        .as(step.toString()).isTrue());
        assertThat(last(demo).get("asExpected").asBoolean()).isTrue();
        assertThat(lines(demo)).filteredOn(l -> "step".equals(l.path("event").asText()))
                .extracting(l -> l.get("step").asText()).contains("shift-open", "refund-wrong-pin-refused",
                        "refund-partial", "refund-full", "z-report", "z-matches-ledger");
        assertThat(lines(demo)).filteredOn(l -> "report".equals(l.path("event").asText()))
                .extracting(l -> l.get("report").get("kind").asText()).containsExactly("X", "Z");
    }

    private Cli.Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        return Cli.inProcess(all);
    }

    private static List<JsonNode> lines(Cli.Run run) throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.mapper().readTree(line));
            }
        }
        return nodes;
    }

    private static JsonNode last(Cli.Run run) throws IOException {
        List<JsonNode> all = lines(run);
        return all.get(all.size() - 1);
    }
}
