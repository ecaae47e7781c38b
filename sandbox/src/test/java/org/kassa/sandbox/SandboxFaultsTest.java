package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kassa.sandbox.SandboxClient.checkoutBody;
import static org.kassa.sandbox.SandboxClient.newCardSession;
import static org.kassa.sandbox.SandboxClient.newRequestId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/** Each fault kind, what the client sees, and what the ledger keeps (never a duplicate). */
class SandboxFaultsTest extends SandboxTestBase {

    private static final String CHECKOUT = "/api/v1/merchant/checkout";

    @Override
    boolean answersAreWellFormed() {
        return false;
    }

    @Test
    void dropAfterProcessingLosesTheAnswerButTheResendGetsIt() {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        sandbox.faults().next(CHECKOUT, Fault.DROP_AFTER_PROCESSING);
        assertThatThrownBy(() -> client.checkout(body)).hasCauseInstanceOf(IOException.class);
        assertThat(sandbox.ledger().payments()).hasSize(1);

        Reply resent = client.checkout(body);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.text("transactionId")).isEqualTo(sandbox.ledger().payments().get(0).transactionId());
        assertThat(sandbox.ledger().checkoutsWithRequestId(body.get("requestId").asText())).isEqualTo(1);
    }

    @Test
    void dropBeforeProcessingChangesNothing() {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        sandbox.faults().next(CHECKOUT, Fault.DROP_BEFORE_PROCESSING);
        assertThatThrownBy(() -> client.checkout(body)).hasCauseInstanceOf(IOException.class);
        assertThat(sandbox.ledger().payments()).isEmpty();
        assertThat(client.checkout(body).status()).isEqualTo(200);
        assertThat(sandbox.ledger().payments()).hasSize(1);
    }

    @Test
    void http500ChangesNothing() {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        sandbox.faults().next(CHECKOUT, Fault.HTTP_500);
        assertThat(client.checkout(body).status()).isEqualTo(500);
        assertThat(sandbox.ledger().payments()).isEmpty();
    }

    @Test
    void malformedJsonAndEmptyBodyComeAfterProcessing() {
        sandbox.faults().next(CHECKOUT, Fault.MALFORMED_JSON);
        sandbox.faults().next(CHECKOUT, Fault.EMPTY_BODY);
        ObjectNode first = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        Reply malformed = client.checkout(first);
        assertThat(malformed.status()).isEqualTo(200);
        assertThatThrownBy(malformed::json).isInstanceOf(AssertionError.class);
        Reply empty = client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
        assertThat(sandbox.ledger().payments()).hasSize(2);
        assertThat(client.checkout(first).json().get("status").asText()).isEqualTo("new");
    }

    @Test
    void delayHoldsTheAnswerBackThenAnswersNormally() {
        sandbox.faults().next(CHECKOUT, Fault.delay(Duration.ofSeconds(3)));
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        client.timeout(Duration.ofMillis(300));
        assertThatThrownBy(() -> client.checkout(body)).hasCauseInstanceOf(HttpTimeoutException.class);
        client.timeout(Duration.ofSeconds(10));
        sandbox.faults().next(CHECKOUT, Fault.delay(50));
        assertThat(client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP")).status()).isEqualTo(200);
    }

    @Test
    void delayedAnswersHoldNoWorkerThread() throws Exception {
        PaySandbox small = PaySandbox.start(SandboxSettings.training(SandboxClient.TOTP).withClock(clock).withThreads(2));
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            SandboxClient slow = new SandboxClient(small, clock);
            small.faults().next(CHECKOUT, Fault.delay(Duration.ofSeconds(20)), 4);
            for (int i = 0; i < 4; i++) {
                senders.submit(() -> slow.checkout(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP")));
            }
            for (int waited = 0; small.ledger().requestsTo(CHECKOUT) < 4 && waited < 1_000; waited++) {
                Thread.sleep(10);
            }
            assertThat(small.ledger().requestsTo(CHECKOUT)).as("all four delayed requests arrived").isEqualTo(4);
            SandboxClient quick = new SandboxClient(small, clock);
            quick.timeout(Duration.ofSeconds(10));
            assertThat(quick.status("9dcc19d0-9c5a-11ea-ab12-0800200c9a66").status()).isEqualTo(422);
        } finally {
            senders.shutdownNow();
            small.close();
        }
    }

    @Test
    void hangProcessesButNeverAnswers() {
        sandbox.faults().next(CHECKOUT, Fault.HANG);
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        client.timeout(Duration.ofMillis(500));
        assertThatThrownBy(() -> client.checkout(body)).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.ledger().payments()).hasSize(1);
        client.timeout(Duration.ofSeconds(10));
        assertThat(client.checkout(body).text("transactionId"))
                .isEqualTo(sandbox.ledger().payments().get(0).transactionId());
    }

    @Test
    void faultsHitOnlyMatchingPathsAndOnlyAsOftenAsPlanned() {
        sandbox.faults().next(CHECKOUT, Fault.HTTP_500, 2);
        assertThat(sandbox.faults().pending()).isEqualTo(2);
        assertThat(client.status("9dcc19d0-9c5a-11ea-ab12-0800200c9a66").status()).isEqualTo(422);
        assertThat(client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP")).status()).isEqualTo(500);
        assertThat(client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP")).status()).isEqualTo(500);
        assertThat(client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP")).status()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isZero();
        sandbox.faults().next("/", Fault.HTTP_500);
        sandbox.faults().clear();
        assertThat(sandbox.faults().pending()).isZero();
    }

    @Test
    void mountedHandlersAreServedAndFaultedLikeThePayApi() {
        sandbox.mount("/payment/v1/meal-voucher/", exchange -> {
            byte[] answer = "{\"data\":{\"sessionId\":\"s-1\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        String path = "/payment/v1/meal-voucher/card-tokenizations/init";
        Reply served = client.send(path, "{}".getBytes(StandardCharsets.UTF_8), null, (String) null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.text("data.sessionId")).isEqualTo("s-1");

        sandbox.faults().next("/payment/", Fault.HTTP_500);
        assertThat(client.send(path, "{}".getBytes(StandardCharsets.UTF_8), null, (String) null).status()).isEqualTo(500);
    }
}
