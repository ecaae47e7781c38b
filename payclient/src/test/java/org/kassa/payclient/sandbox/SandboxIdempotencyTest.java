package org.kassa.payclient.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.sandbox.SandboxClient.checkoutBody;
import static org.kassa.payclient.sandbox.SandboxClient.newCardSession;
import static org.kassa.payclient.sandbox.SandboxClient.newRequestId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.sandbox.SandboxClient.Reply;

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
        int senders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return client.checkout(body);
                }));
            }
            start.countDown();
            byte[] firstBody = replies.get(0).get().body();
            for (Future<Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(200);
                assertThat(reply.get().body()).isEqualTo(firstBody);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.ledger().payments()).hasSize(1);
        assertThat(sandbox.ledger().checkoutsWithRequestId(body.get("requestId").asText())).isEqualTo(1);
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
