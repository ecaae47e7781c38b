package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.till.store.JournalCall;
import org.kassa.till.store.TillStore;

/**
 * {@code kassa support-bundle}: after a real training sale paid with Koshelek Pay and a loyalty card, the zip
 * holds the masked configuration, doctor's report, the journal and the log file, and no secret anywhere in it.
 */
class SupportBundleCommandTest {

    private static final String PAY_PASSWORD = "training";
    private static final String TOTP_KEY = "3132333435363738393031323334353637383930313233343536373839303132";
    private static final String MEALCARD_SECRET = "mc-secret-key-9f8e7d";
    private static final String MEALCARD_API_KEY = "mc-api-key-1a2b3c";
    private static final String POSTBACK_PASSWORD = "postback-pw-5k4j3h";
    private static final String CARD = "4000001234567891";

    @TempDir
    Path dir;

    @Test
    void theBundleHasWhatSupportNeedsAndNoSecret() throws Exception {
        Path config = Cli.config(dir, "kassa.dataDir = " + dir.resolve("data"), "ui.language = en",
                "pay.password = " + PAY_PASSWORD, "totp.key = " + TOTP_KEY,
                "mealcard.secretKey = " + MEALCARD_SECRET, "mealcard.apiKey = " + MEALCARD_API_KEY,
                "pay.postback.login = koshelek", "pay.postback.password = " + POSTBACK_PASSWORD);
        String barcode = Cli.inProcess("make-barcode", "--config", config.toString(), "--card", CARD,
                "--session", "A1G97N").line();
        Cli.Run sell = Cli.inProcess("sell", "--config", config.toString(), "--free", "Tea=50000",
                "--card", barcode, "--tender", "koshelek", "--provider", "SBP");
        assertThat(sell.exit()).as(sell.out() + sell.err()).isZero();

        Path zip = dir.resolve("support.zip");
        Cli.Run run = Cli.inProcess("support-bundle", "--config", config.toString(), zip.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = run.json();
        assertThat(summary.get("journalEntries").asInt()).isPositive();
        assertThat(summary.get("logFiles").asInt()).isPositive();

        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsKeys("README.txt", "config.properties", "doctor.json", "journal.jsonl",
                "logs/kassa.log");
        assertThat(entries.get("config.properties")).contains("pay.password = ***").contains("totp.key = ***")
                .contains("mealcard.secretKey = ***").contains("pay.postback.password = ***")
                .contains("pay.postback.login = koshelek");
        assertThat(Json.mapper().readTree(entries.get("doctor.json")).get("ok").asBoolean()).isTrue();
        assertThat(entries.get("journal.jsonl")).contains("\"operation\":\"CHECKOUT\"").contains("7891");
        assertThat(entries.get("logs/kassa.log")).contains("INFO");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).doesNotContain(TOTP_KEY, MEALCARD_SECRET, MEALCARD_API_KEY,
                    POSTBACK_PASSWORD, CARD, barcode, "password = " + PAY_PASSWORD);
        }
    }

    @Test
    void anExistingFileIsNotOverwritten() throws Exception {
        Path config = Cli.config(dir, "kassa.dataDir = " + dir.resolve("data"));
        Path zip = Files.writeString(dir.resolve("old.zip"), "keep me");
        Cli.Run run = Cli.inProcess("support-bundle", "--config", config.toString(), zip.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(zip)).isEqualTo("keep me");
    }

    @Test
    void theNewestThousandJournalEntriesComeFromACopyWhenTheTillHoldsTheDatabase() throws Exception {
        Path config = Cli.config(dir, "kassa.dataDir = " + dir.resolve("data"));
        try (TillStore store = TillStore.open(dir.resolve("data/training"))) {
            for (int i = 1; i <= 1005; i++) {
                String body = "{\"loyaltyId\":\"" + CARD + "\",\"n\":" + i + "}";
                store.journal().append(new JournalCall("pay", "CHECKOUT", "checkout", null, null,
                        java.util.UUID.randomUUID().toString(), 1, "/checkout", body.getBytes(StandardCharsets.UTF_8)),
                        java.time.Instant.now());
            }
            Path zip = dir.resolve("held.zip");
            Cli.Run run = Cli.inProcess("support-bundle", "--config", config.toString(), zip.toString());

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json().get("journalEntries").asInt()).as(unzip(zip).get("journal.txt")).isEqualTo(1000);
            String[] lines = unzip(zip).get("journal.jsonl").split("\n");
            assertThat(lines).hasSize(1000);
            assertThat(Json.mapper().readTree(lines[0]).get("body").asText()).contains("\"n\":6");
            assertThat(Json.mapper().readTree(lines[999]).get("body").asText()).contains("\"n\":1005")
                    .contains("7891").doesNotContain(CARD);
        }
    }

    /** Every entry as text; gzipped (rolled) logs are unpacked too, so a secret cannot hide in them. */
    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                byte[] bytes = z.readAllBytes();
                if (e.getName().endsWith(".gz")) {
                    bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
                }
                entries.put(e.getName(), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
