package org.kassa.payclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.Invoice;
import org.kassa.payclient.api.Item;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.OpenApiContract;
import org.kassa.payclient.testing.ScriptedServer;
import org.kassa.payclient.workflow.CancelWorkflow;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.ReceiptSender;
import org.kassa.payclient.workflow.RefundLine;
import org.kassa.payclient.workflow.RefundPlanner;
import org.kassa.payclient.workflow.RefundWorkflow;

/** Every request the client sends, as received on the wire, conforms to the vendor's OpenAPI schema. */
class OpenApiRequestContractTest {

    private static final String TX = "9dcc19d0-9c5a-11ea-ab12-0800200c9a66";

    private ScriptedServer server;
    private PayClient client;
    private final OpenApiContract contract = new OpenApiContract();

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl()).withAvailabilityInfo(true).withSendReceipt(true));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theContractCatchesABrokenRequest() {
        assertThat(contract.problems("POST", Operation.CHECKOUT.path(), "{\"requestId\":\"x\"}", "t")).isNotEmpty();
        assertThat(contract.problems("POST", Operation.CHECKOUT.path(), "{}", null)).isNotEmpty();
    }

    @Test
    void everyRequestOfPaymentRefundCancelAndReceiptConforms() throws Exception {
        String refund = "{\"requestId\":\"r\",\"refTransactionId\":\"ref\",\"refStatus\":\"accepted\",\"transactionId\":\""
                + TX + "\",\"status\":\"refunded\"}";
        server.then(Operation.AVAILABILITY.path(), ScriptedServer.raw(201,
                        "{\"availabilityInfoId\":\"a1\",\"timeout\":10}".getBytes(), java.util.Map.of()))
                .then(Operation.AVAILABILITY_POLL.path(), json(200, "{\"availabilityInfoId\":\"a1\",\"computationComplete\":true,"
                        + "\"pollingTimeout\":0,\"koshelekPayIsDefault\":true,\"paymentTypeAvailabilityInfoList\":"
                        + "[{\"paymentType\":\"SBP\",\"available\":true}]}"))
                .then(Operation.CHECKOUT.path(), json(200, "{\"requestId\":\"r\",\"transactionId\":\"" + TX + "\",\"status\":\"new\"}"))
                .always(Operation.STATUS.path(), json(200, "{\"requestId\":\"q\",\"transactionId\":\"" + TX
                        + "\",\"status\":\"accepted\",\"paymentGroup\":\"SBP\",\"paymentProvider\":\"DOLYAME\"}"))
                .always(Operation.REFUND.path(), json(200, refund))
                .always(Operation.RECEIPT.path(), json(200, ""))
                .always(Operation.CANCEL.path(), json(422, "{\"code\":\"WRONG_TRANSACTION_STATE_CHANGE\"}"));

        PaymentWorkflow payment = PaymentWorkflow.create(client, Fixtures.order("A1G97N", 0), CallListener.NONE);
        payment.start();
        payment.result().get(10, TimeUnit.SECONDS);
        new ReceiptSender(client).send(TX, invoice(), CallListener.NONE);
        RefundPlanner planner = new RefundPlanner(client.settings(), client.tips());
        for (var request : List.of(planner.partial(TX, Fixtures.items(0), List.of(RefundLine.of(0, 1))),
                planner.partial(TX, Fixtures.items(0), List.of(new RefundLine(1, new BigDecimal("1125")))))) {
            RefundWorkflow w = RefundWorkflow.create(client, request, CallListener.NONE);
            w.start();
            w.result().get(10, TimeUnit.SECONDS);
        }
        CancelWorkflow cancel = CancelWorkflow.create(client, TX, null, CallListener.NONE);
        cancel.start();
        cancel.result().get(10, TimeUnit.SECONDS);

        List<ScriptedServer.Received> sent = server.received();
        assertThat(sent).extracting(ScriptedServer.Received::path).contains(Operation.AVAILABILITY.path(),
                Operation.AVAILABILITY_POLL.path() + "a1", Operation.CHECKOUT.path(), Operation.STATUS.path(),
                Operation.RECEIPT.path(), Operation.REFUND.path(), Operation.CANCEL.path());
        for (ScriptedServer.Received r : sent) {
            assertThat(contract.problems(r)).as("%s %s %s", r.method(), r.path(), r.text()).isEmpty();
        }
    }

    private static Invoice invoice() {
        List<Item> items = Fixtures.items(0);
        return new Invoice("order-A1G97N", "6789", "ООО Торговая сеть №1", "198000 г. Санкт-Петербург", "001234567891",
                "2020-05-20T20:50:00+03:00", "5", "Иванов И.И.", "osn", "0004147503041443", "9280440300387752",
                "0000010272", "2374313442", "nalog.ru", "debit",
                "t=20200520T2050&s=300.00&fn=9280440300387752&i=10272&fp=2374313442&n=1", 30000, "RUB", 0L, 30000L,
                4727L, items);
    }
}
