package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.sandbox.SandboxClient.newRequestId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;
import org.kassa.sandbox.SandboxLedger.SandboxRefund;

/** The vendor state machine: every transition and the code of every refused one. */
class SandboxStateMachineTest extends SandboxTestBase {

    private static final String CANCEL = "/api/v1/merchant/transaction/cancel";
    private static final String REFUND = "/api/v1/merchant/transaction/refund";
    private static final String RECEIPT = "/api/v1/merchant/transaction/receipt";
    private static final String STATUS = "/api/v1/merchant/transaction/status";

    @Test
    void pendingPaymentCancelsForTheFullAmountAndStaysCanceled() {
        String id = client.pay(1_000);
        client.status(id);
        Reply cancel = cancel(id);
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.text("status")).isEqualTo("canceled");
        assertThat(cancel.text("refStatus")).isEqualTo("accepted");
        assertThat(cancel.text("refTransactionId")).hasSize(36);
        assertThat(cancel.json().at("/slip/totalAmount").asLong()).isEqualTo(1_000);
        after(ACCEPT);
        Reply status = client.status(id);
        assertThat(status.text("status")).isEqualTo("canceled");
        assertThat(status.text("refTransactionId")).isEqualTo(cancel.text("refTransactionId"));
        assertThat(status.text("refStatus")).isEqualTo("accepted");
        SandboxRefund recorded = sandbox.ledger().payment(id).orElseThrow().refunds().get(0);
        assertThat(recorded.kind()).isEqualTo(SandboxRefund.Kind.CANCEL);
    }

    @Test
    void acceptedPaymentCannotBeCanceledOnlyRefunded() {
        String id = acceptedPayment(1_000);
        Reply cancel = cancel(id);
        assertThat(cancel.status()).isEqualTo(422);
        assertThat(cancel.text("code")).isEqualTo("WRONG_TRANSACTION_STATE_CHANGE");
        assertThat(cancel.text("details")).startsWith("Невозможен перевод транзакции").contains("refund");
    }

    @Test
    void rejectedPaymentCannotBeCanceled() {
        String id = client.pay(1_008);
        assertThat(cancel(id).text("code")).isEqualTo("WRONG_TRANSACTION_STATE_CHANGE");
    }

    @Test
    void refundOfAnUnpaidPaymentIsRefused() {
        String id = client.pay(1_000);
        Reply refund = refund(id, 500);
        assertThat(refund.status()).isEqualTo(200);
        assertThat(refund.text("refStatus")).isEqualTo("rejected");
        assertThat(refund.text("errorCode")).isEqualTo("PAYMENT_TRANSACTION_IS_NOT_PAID");
    }

    @Test
    void partialThenFullRefundMovesThroughRefundingToRefunded() {
        String id = acceptedPayment(1_000);
        Reply partial = refund(id, 400);
        assertThat(partial.text("refStatus")).isEqualTo("new");
        assertThat(partial.text("status")).isEqualTo("refunding");
        assertThat(partial.json().at("/slip/refundTransactionId").asText()).isEqualTo(partial.text("refTransactionId"));

        Reply whileRunning = refund(id, 100);
        assertThat(whileRunning.text("errorCode")).isEqualTo("PAYMENT_TRANSACTION_IS_BEING_REFUNDED_ALREADY");

        after(ACCEPT);
        Reply done = refundStatus(partial.text("refTransactionId"));
        assertThat(done.text("refStatus")).isEqualTo("accepted");
        assertThat(done.text("status")).isEqualTo("partial_refunded");

        Reply tooMuch = refund(id, 601);
        assertThat(tooMuch.text("errorCode")).isEqualTo("REQUESTED_REFUND_AMOUNT_IS_GREATER_THAN_AVAILABLE");

        Reply rest = refund(id, 600);
        after(ACCEPT);
        assertThat(refundStatus(rest.text("refTransactionId")).text("status")).isEqualTo("refunded");
        assertThat(sandbox.ledger().payment(id).orElseThrow().refundedAmount()).isEqualTo(1_000);

        assertThat(refund(id, 1).text("errorCode")).isEqualTo("TERMINAL_STATE_OF_PAYMENT_TRANSACTION");
        assertThat(cancel(id).text("code")).isEqualTo("WRONG_TRANSACTION_STATE_CHANGE");
    }

    @Test
    void refundOfACanceledPaymentIsTerminal() {
        String id = client.pay(1_000);
        cancel(id);
        assertThat(refund(id, 1_000).text("errorCode")).isEqualTo("TERMINAL_STATE_OF_PAYMENT_TRANSACTION");
    }

    @Test
    void unknownTransactionIdsAreRefusedEverywhere() {
        String unknown = "9dcc19d0-9c5a-11ea-ab12-0800200c9a66";
        assertThat(client.status(unknown).text("code")).isEqualTo("UNKNOWN_TRANSACTION_ID");
        assertThat(cancel(unknown).text("code")).isEqualTo("UNKNOWN_TRANSACTION_ID");
        assertThat(refund(unknown, 100).text("code")).isEqualTo("UNKNOWN_TRANSACTION_ID");
        assertThat(refundStatus(unknown).text("code")).isEqualTo("UNKNOWN_TRANSACTION_ID");
    }

    @Test
    void receiptIsAcceptedOnlyForAPaidTransaction() {
        String pending = client.pay(1_002);
        assertThat(receipt(pending).text("code")).isEqualTo("TRANSACTION_IN_PROCESSING");
        cancel(pending);
        assertThat(receipt(pending).text("code")).isEqualTo("PAYMENT_TRANSACTION_IS_NOT_PAID");
        Reply ok = receipt(acceptedPayment(1_000));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).isEmpty();
    }

    private Reply cancel(String id) {
        return client.post(CANCEL, SandboxClient.cancelBody(newRequestId(), id));
    }

    private Reply refund(String id, long amount) {
        return client.postSigned(REFUND, SandboxClient.refundBody(newRequestId(), id, amount));
    }

    private Reply refundStatus(String refTransactionId) {
        return client.post(STATUS, SandboxClient.refundStatusBody(refTransactionId));
    }

    private Reply receipt(String id) {
        ObjectNode body = SandboxClient.MAPPER.createObjectNode();
        body.put("requestId", newRequestId()).put("transactionId", id).put("storeId", SandboxClient.STORE_ID)
                .put("terminalId", SandboxClient.TERMINAL_ID);
        body.putObject("invoice").put("orderId", "12345").put("receiptId", "6789").put("totalAmount", 1_000)
                .put("taxAmount", 91).put("receiptType", "debit").putArray("items");
        return client.post(RECEIPT, body);
    }
}
