package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.sandbox.SandboxClient.checkoutBody;
import static org.kassa.sandbox.SandboxClient.newCardSession;
import static org.kassa.sandbox.SandboxClient.newRequestId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/** Every data trigger of docs/sandbox.md, over real HTTP. */
class SandboxTriggersTest extends SandboxTestBase {

    @Test
    void ordinaryAmountIsNewThenPendingThenAcceptedAfterTheAcceptDelay() {
        Reply checkout = client.checkout(checkoutBody(newRequestId(), newCardSession(), 14_245, "SBP"));
        assertThat(checkout.status()).isEqualTo(200);
        assertThat(checkout.text("status")).isEqualTo("new");
        String id = checkout.text("transactionId");

        assertThat(client.status(id).text("status")).isEqualTo("pending");
        after(Duration.ofMillis(300));
        assertThat(client.status(id).text("status")).isEqualTo("pending");
        after(Duration.ofMillis(300));
        Reply accepted = client.status(id);
        assertThat(accepted.text("status")).isEqualTo("accepted");
        assertThat(accepted.json().has("errorCode")).isFalse();
    }

    @Test
    void sbpSlipCarriesEveryReceiptFieldIncludingQrcIdAndKzo() {
        Reply checkout = client.checkout(checkoutBody(newRequestId(), newCardSession(), 14_245, "SBP"));
        JsonNode slip = checkout.json().get("slip");
        assertThat(slip.get("paymentType").asText()).isEqualTo("SBP");
        assertThat(slip.get("orderId").asText()).startsWith("order-");
        assertThat(slip.get("paymentTransactionId").asText()).hasSize(36);
        assertThat(slip.get("qrcId").asText()).hasSize(32);
        assertThat(slip.get("kzo").asText()).matches("\\d{6}");
        assertThat(slip.get("totalAmount").asLong()).isEqualTo(14_245);
        assertThat(slip.get("currency").asText()).isEqualTo("RUB");
    }

    @Test
    void dolyameSlipHasNoSbpFields() {
        JsonNode slip = client.checkout(checkoutBody(newRequestId(), newCardSession(), 14_245, "DOLYAME")).json().get("slip");
        assertThat(slip.get("paymentType").asText()).isEqualTo("DOLYAME");
        assertThat(slip.has("qrcId")).isFalse();
        assertThat(slip.has("kzo")).isFalse();
    }

    @Test
    void amountBelowFourRublesIsTooSmall() {
        Reply reply = client.checkout(checkoutBody(newRequestId(), newCardSession(), 399, "SBP"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("TOTAL_AMOUNT_IS_TOO_SMALL");
        assertThat(client.checkout(checkoutBody(newRequestId(), newCardSession(), 400, "SBP")).status()).isEqualTo(200);
    }

    @Test
    void ending01IsPendingThenDeclinedByTheProvider() {
        String id = client.pay(1_001);
        assertThat(client.status(id).text("status")).isEqualTo("pending");
        after(ACCEPT);
        Reply rejected = client.status(id);
        assertThat(rejected.text("status")).isEqualTo("rejected");
        assertThat(rejected.text("errorCode")).isEqualTo("PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER");
    }

    @Test
    void ending02StaysPendingForever() {
        String id = client.pay(1_002);
        after(Duration.ofMinutes(10));
        assertThat(client.status(id).text("status")).isEqualTo("pending");
    }

    @Test
    void ending03IsPendingForThreeSecondsThenAccepted() {
        String id = client.pay(1_003);
        after(SLOW_ACCEPT.minusMillis(1));
        assertThat(client.status(id).text("status")).isEqualTo("pending");
        after(Duration.ofMillis(1));
        assertThat(client.status(id).text("status")).isEqualTo("accepted");
    }

    @Test
    void ending04MakesDolyameUnavailable() {
        Reply reply = client.postSigned("/api/v1/merchant/availability-info/task", availabilityBody(1_004));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode list = reply.json().get("paymentTypeAvailabilityInfoList");
        assertThat(list.get(0).get("paymentType").asText()).isEqualTo("SBP");
        assertThat(list.get(0).get("available").asBoolean()).isTrue();
        assertThat(list.get(1).get("paymentType").asText()).isEqualTo("DOLYAME");
        assertThat(list.get(1).get("available").asBoolean()).isFalse();
        assertThat(list.get(1).get("message").asText()).isNotBlank();

        JsonNode ordinary = client.postSigned("/api/v1/merchant/availability-info/task", availabilityBody(1_000)).json();
        assertThat(ordinary.at("/paymentTypeAvailabilityInfoList/1/available").asBoolean()).isTrue();
    }

    @Test
    void ending05AnswersCreatedWithLocationAndCompletesOnTheThirdPoll() {
        Reply created = client.postSigned("/api/v1/merchant/availability-info/task", availabilityBody(1_005));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("availabilityInfoId");
        assertThat(created.location()).isEqualTo("/api/v1/merchant/availability-info/" + id);
        assertThat(created.json().get("timeout").asInt()).isPositive();

        Reply first = client.get(created.location());
        Reply second = client.get(created.location());
        Reply third = client.get(created.location());
        assertThat(first.json().get("computationComplete").asBoolean()).isFalse();
        assertThat(first.json().get("pollingTimeout").asInt()).isPositive();
        assertThat(second.json().get("computationComplete").asBoolean()).isFalse();
        assertThat(third.json().get("computationComplete").asBoolean()).isTrue();
        assertThat(third.json().get("paymentTypeAvailabilityInfoList")).hasSize(2);
    }

    @Test
    void ending06HasNotEnoughLimit() {
        Reply reply = client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_006, "SBP"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("NOT_ENOUGH_LIMIT_TO_PAY");
        assertThat(sandbox.ledger().payments()).isEmpty();
    }

    @Test
    void ending07AnswersOkWithExternalProviderError() {
        Reply reply = client.checkout(checkoutBody(newRequestId(), newCardSession(), 1_007, "SBP"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("errorCode")).isEqualTo("EXTERNAL_PROVIDER_ERROR");
        assertThat(reply.text("status")).isEqualTo("rejected");
    }

    @Test
    void ending08IsRejectedForMissingSubscription() {
        String id = client.pay(1_008);
        Reply reply = client.status(id);
        assertThat(reply.text("status")).isEqualTo("rejected");
        assertThat(reply.text("errorCode")).isEqualTo("SUBSCRIPTION_IS_NOT_FOUND");
    }

    @Test
    void ending11IsRejectedForAMissingPaymentOrder() {
        String id = client.pay(1_011);
        after(ACCEPT);
        assertThat(client.status(id).text("errorCode")).isEqualTo("PAYMENT_ORDER_IS_NOT_FOUND");
    }

    @Test
    void ending09RefundIsRejectedByTheBank() {
        String id = acceptedPayment(1_009);
        Reply refund = client.postSigned("/api/v1/merchant/transaction/refund",
                SandboxClient.refundBody(newRequestId(), id, 1_009));
        assertThat(refund.text("refStatus")).isEqualTo("new");
        assertThat(refund.text("status")).isEqualTo("refunding");
        after(ACCEPT);
        Reply status = client.post("/api/v1/merchant/transaction/status",
                SandboxClient.refundStatusBody(refund.text("refTransactionId")));
        assertThat(status.text("refStatus")).isEqualTo("rejected");
        assertThat(status.text("errorCode")).isEqualTo("CANCEL_REFUNDING_BY_BANK");
        assertThat(status.text("status")).isEqualTo("accepted");
    }

    @Test
    void ending10RefundHitsAnUnexpectedAmountAtTheProvider() {
        String id = acceptedPayment(1_010);
        Reply refund = client.postSigned("/api/v1/merchant/transaction/refund",
                SandboxClient.refundBody(newRequestId(), id, 500));
        assertThat(refund.status()).isEqualTo(200);
        assertThat(refund.text("refStatus")).isEqualTo("rejected");
        assertThat(refund.text("errorCode")).isEqualTo("UNEXPECTED_REFUND_AMOUNT_LEFT_FROM_EXTERNAL_PROVIDER");
    }

    @Test
    void cardSessionZerosIsUnknown() {
        Reply reply = client.checkout(checkoutBody(newRequestId(), "000000", 1_000, "SBP"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("UNKNOWN_SESSION_ID");
    }

    @Test
    void malformedCardSessionsAreUnknownButAnyWellFormedOneIsAccepted() {
        for (String bad : new String[] {"A1G97N=", "сессия", "A".repeat(33), " A1G97N"}) {
            Reply reply = client.checkout(checkoutBody(newRequestId(), bad, 1_000, "SBP"));
            assertThat(reply.text("code")).as(bad).isEqualTo("UNKNOWN_SESSION_ID");
        }
        assertThat(client.checkout(checkoutBody(newRequestId(), "z".repeat(32), 1_000, "SBP")).status()).isEqualTo(200);
        assertThat(client.checkout(checkoutBody(newRequestId(), "7", 1_000, "SBP")).status()).isEqualTo(200);
    }

    @Test
    void unknownStoreIsAnUnknownPartner() {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        body.put("storeId", "00000000-0000-0000-0000-000000000000");
        Reply reply = client.checkout(body);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("UNKNOWN_PARTNER_ID");
    }

    @Test
    void secondCheckoutOnTheSameSessionIsRefused() {
        String session = newCardSession();
        assertThat(client.checkout(checkoutBody(newRequestId(), session, 1_000, "SBP")).status()).isEqualTo(200);
        Reply again = client.checkout(checkoutBody(newRequestId(), session, 1_000, "SBP"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.text("code")).isEqualTo("TRANSACTION_FOR_SESSION_ID_ALREADY_EXISTS");
    }

    @Test
    void checkoutOnTheSessionOfAPaidTransactionIsAlreadyPaid() {
        String session = newCardSession();
        client.checkout(checkoutBody(newRequestId(), session, 1_000, "SBP"));
        after(ACCEPT);
        Reply again = client.checkout(checkoutBody(newRequestId(), session, 1_000, "SBP"));
        assertThat(again.text("code")).isEqualTo("TRANSACTION_FOR_SESSION_ID_ALREADY_PAYED");
    }

    static ObjectNode availabilityBody(long total) {
        ObjectNode body = checkoutBody(newRequestId(), newCardSession(), total, "SBP");
        body.set("cardsession", body.remove("cardSession"));
        body.remove("paymentMethods");
        return body;
    }
}
