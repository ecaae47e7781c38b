package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.journal.DurableJournal;
import org.kassa.till.store.TillStore;

class JournalCommandTest {

    private static final String LOYALTY = "2200123456781234";

    @Test
    void printsTheJournalWithCardNumbersMaskedAndOnlyUnresolvedWithPending() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-stores").toAbsolutePath()),
                "cli-journal-");
        OutgoingCall checkout = new OutgoingCall(Operation.CHECKOUT, Operation.CHECKOUT.path(), "req-1",
                ("{\"requestId\":\"req-1\",\"user\":{\"loyaltyId\":\"" + LOYALTY + "\"}}").getBytes(StandardCharsets.UTF_8));
        OutgoingCall status = new OutgoingCall(Operation.STATUS, Operation.STATUS.path(), "req-2",
                "{\"requestId\":\"req-2\"}".getBytes(StandardCharsets.UTF_8));
        try (TillStore store = TillStore.open(dir)) {
            DurableJournal journal = new DurableJournal(store).forPayment("sale-1", "pay-1");
            journal.beforeCall("checkout", checkout, 1);
            journal.answered("checkout", checkout, 1, 200, "{\"status\":\"ACCEPTED\"}".getBytes(StandardCharsets.UTF_8));
            journal.markResolved("req-1", "ACCEPTED");
            journal.beforeCall("status-poll", status, 1);
        }

        Cli.Run all = Cli.inProcess("journal", "--data-dir", dir.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).doesNotContain(LOYALTY);
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : all.out().lines().toList()) {
            rows.add(Json.mapper().readTree(line));
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("body").asText()).isEqualTo("{\"requestId\":\"req-1\",\"user\":{\"loyaltyId\":"
                + "\"************1234\"}}");
        assertThat(rows.get(0).get("httpStatus").asInt()).isEqualTo(200);
        assertThat(rows.get(0).get("resolution").asText()).isEqualTo("ACCEPTED");
        assertThat(rows.get(0).get("saleId").asText()).isEqualTo("sale-1");

        Cli.Run pending = Cli.inProcess("journal", "--pending", "--data-dir", dir.toString());
        assertThat(pending.out().lines()).singleElement().asString().contains("\"requestId\":\"req-2\"")
                .contains("\"step\":\"status-poll\"");
    }
}
