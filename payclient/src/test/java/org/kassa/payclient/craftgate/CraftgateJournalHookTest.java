package org.kassa.payclient.craftgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.testing.ScriptedServer;

/** Craftgate calls go through the same journal hook as Pay calls: same call type, same right to stop a send. */
class CraftgateJournalHookTest {

    private static final String INIT = Operation.MEAL_CARD_INIT.path();
    private static final String ANSWER = "{\"data\": {\"sessionId\":\"s-9\",\"additionalAction\":\"NONE\"}}";
    private static final InitRequest REQUEST = new InitRequest(ApmType.EDENRED,
            new CardTokenizationData("6375000000004321", null, null, null), "idem-42");

    private ScriptedServer server;

    record Heard(String step, OutgoingCall call, int attempt, Integer status, String answer) {
    }

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CraftgateClient client(CallListener listener) {
        return CraftgateClient.create(new CraftgateSettings(server.baseUrl(), "api-key", "secret-key",
                Duration.ofSeconds(5), Duration.ofSeconds(5), 2), listener);
    }

    @Test
    void theJournalHearsTheCallAndItsAnswerWithTheIdempotencyKeyAsRequestId() {
        server.then(INIT, json(503, "{}")).then(INIT, json(200, ANSWER));
        List<Heard> heard = new CopyOnWriteArrayList<>();
        CallListener journal = new CallListener() {
            @Override
            public void beforeCall(String step, OutgoingCall call, int attempt) {
                heard.add(new Heard(step, call, attempt, null, null));
            }

            @Override
            public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
                heard.add(new Heard(step, call, attempt, httpStatus, new String(rawBody, StandardCharsets.UTF_8)));
            }
        };

        try (CraftgateClient c = client(journal)) {
            assertThat(c.init(REQUEST).sessionId()).isEqualTo("s-9");
        }

        assertThat(heard).extracting(Heard::attempt).containsExactly(1, 1, 2, 2);
        assertThat(heard).extracting(Heard::status).containsExactly(null, 503, null, 200);
        assertThat(heard.get(3).answer()).isEqualTo(ANSWER);
        OutgoingCall call = heard.get(0).call();
        assertThat(call.operation()).isEqualTo(Operation.MEAL_CARD_INIT);
        assertThat(call.operation().service()).isEqualTo(Operation.Service.CRAFTGATE);
        assertThat(call.requestId()).isEqualTo("idem-42");
        assertThat(call.path()).isEqualTo(INIT);
        assertThat(heard.get(0).step()).isEqualTo("meal-card-init");
        assertThat(server.received()).allSatisfy(r -> assertThat(r.body()).isEqualTo(call.body()));
        assertThat(call.toString()).doesNotContain("6375000000004321");
    }

    @Test
    void aJournalThatCannotWriteStopsTheCallBeforeAnythingIsSent() {
        server.always(INIT, json(200, ANSWER));
        CraftgateTransportException e;
        try (CraftgateClient c = client((step, call, attempt) -> {
            throw new IllegalStateException("read-only file system");
        })) {
            e = catchThrowableOfType(() -> c.init(REQUEST), CraftgateTransportException.class);
        }

        assertThat(server.received()).isEmpty();
        assertThat(e.kind()).isEqualTo(CraftgateTransportException.Kind.JOURNAL);
        assertThat(e.mayHaveBeenProcessed()).isFalse();
        assertThat(e.getCause()).hasMessage("read-only file system");
        assertThat(e.operatorTip(Locale.ENGLISH)).contains("journal", "nothing was sent");
        assertThat(e.operatorTip(Locale.forLanguageTag("ru"))).contains("журнал");
    }
}
