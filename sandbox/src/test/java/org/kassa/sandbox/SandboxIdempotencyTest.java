package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.sandbox.SandboxClient.checkoutBody;
import static org.kassa.sandbox.SandboxClient.newCardSession;
import static org.kassa.sandbox.SandboxClient.newRequestId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/** The vendor's rule: the same requestId gets the first answer again and changes nothing. */
class SandboxIdempotencyTest extends SandboxTestBase {

    @Test
    void resentCheckoutGetsTheSameAnswerAndMakesOneLedgerEntry() {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        Reply first = client.checkout(body);
        Reply again = client.checkout(body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(sandbox.ledger().checkoutsWithRequestId(body.get("requestId").asText())).isEqualTo(1);
        assertThat(sandbox.ledger().payments()).hasSize(1);
        assertThat(sandbox.ledger().requestsTo("/api/v1/merchant/checkout")).isEqualTo(2);
        var received = sandbox.ledger().received("/api/v1/merchant/checkout");
        assertThat(received).hasSize(2);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body()).isEqualTo(SandboxClient.bytes(body));
        assertThat(received.get(0).hadToken()).isTrue();
        assertThat(received.get(1).receivedNanos()).isGreaterThanOrEqualTo(received.get(0).receivedNanos());
    }

    @Test
    void resentErrorGetsTheSameErrorAgain() {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 399, "SBP");
        Reply first = client.checkout(body);
        Reply again = client.checkout(body);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void concurrentResendsOfOneCheckoutMakeOneLedgerEntry() throws Exception {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        List<Reply> replies = all(8, () -> client.checkout(body));
        for (Reply reply : replies) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(replies.get(0).body());
        }
        assertThat(sandbox.ledger().payments()).hasSize(1);
        assertThat(sandbox.ledger().checkoutsWithRequestId(body.get("requestId").asText())).isEqualTo(1);
    }

    @Test
    void concurrentCheckoutsOfOneSessionWithNewRequestIdsLetExactlyOneThrough() throws Exception {
        String session = newCardSession();
        List<Reply> replies = all(6, () -> client.checkout(checkoutBody(newRequestId(), session, 1_000, "SBP")));
        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.text("code")).isEqualTo("TRANSACTION_FOR_SESSION_ID_ALREADY_EXISTS"));
        assertThat(sandbox.ledger().payments()).hasSize(1);
    }

    /** Sends {@code count} requests at once (released together) and returns every reply. */
    private static List<Reply> all(int count, Callable<Reply> send) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return send.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resentRefundMakesOneRefund() {
        String id = client.pay(1_000);
        after(ACCEPT);
        client.status(id);
        ObjectNode refund = SandboxClient.refundBody(newRequestId(), id, 400);
        Reply first = client.postSigned("/api/v1/merchant/transaction/refund", refund);
        Reply again = client.postSigned("/api/v1/merchant/transaction/refund", refund);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(sandbox.ledger().payment(id).orElseThrow().refunds()).hasSize(1);
    }

    @Test
    void resentCancelGetsTheFirstAnswerNotAStateError() {
        String id = client.pay(1_000);
        ObjectNode cancel = SandboxClient.cancelBody(newRequestId(), id);
        Reply first = client.post("/api/v1/merchant/transaction/cancel", cancel);
        Reply again = client.post("/api/v1/merchant/transaction/cancel", cancel);
        assertThat(first.text("status")).isEqualTo("canceled");
        assertThat(again.body()).isEqualTo(first.body());
        Reply newCancel = client.post("/api/v1/merchant/transaction/cancel", SandboxClient.cancelBody(newRequestId(), id));
        assertThat(newCancel.text("code")).isEqualTo("WRONG_TRANSACTION_STATE_CHANGE");
    }
}
