package org.kassa.payclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.CancelRequest;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.CheckoutRequest;
import org.kassa.payclient.api.PaymentMethod;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.Slip;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.payclient.api.User;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/**
 * Every slip parameter is stored (docs/contracts.md#pay-api-slip), also those the vendor adds after this client
 * was written: the slip object's text is kept exactly as received, next to the parsed record.
 */
class RawSlipTest {

    private static final String TX = "9dcc19d0-9c5a-11ea-ab12-0800200c9a66";
    /** Unknown fields (one nested), odd spacing, an escape and a long number: kept byte for byte. */
    private static final String SLIP = "{ \"id\":\"s-1\", \"paymentType\":\"SBP\",\"totalAmount\":30000,"
            + "\"currency\":\"RUB\",\n   \"bankReceiptNo\" : \"\\u2116 0042\", \"fiscalSign\":12345678901234567890,"
            + "\"extra\":{\"tags\":[\"a\",{\"b\":null}]} }";

    private ScriptedServer server;
    private PayClient client;

    @BeforeEach
    void start() throws Exception {
        server = ScriptedServer.start();
        client = Fixtures.client(Fixtures.settings(server.baseUrl()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static void assertKeptExactly(Slip slip) {
        assertThat(slip.rawJson()).isEqualTo(SLIP);
        assertThat(slip.rawJson()).contains("\"bankReceiptNo\" : \"\\u2116 0042\"", "12345678901234567890",
                "{\"tags\":[\"a\",{\"b\":null}]}");
        assertThat(slip.id()).isEqualTo("s-1");
        assertThat(slip.totalAmount()).isEqualTo(30000L);
    }

    @Test
    void aCheckoutSlipKeepsFieldsTheClientDoesNotKnow() {
        // The slip is not the last field: the cut must end at the slip's own closing brace.
        server.always(Operation.CHECKOUT.path(), json(200, "{\"requestId\":\"r\",\"slip\":" + SLIP
                + ",\"transactionId\":\"" + TX + "\",\"status\":\"accepted\"}"));
        OutgoingCall call = client.prepare(new CheckoutRequest(RequestIds.next(), "A1G97N", "1", "1",
                CheckoutInvoice.of("o-1", Fixtures.items(0)), new User(Fixtures.LOYALTY_ID),
                List.of(new PaymentMethod("SBP", null))));

        assertKeptExactly(client.checkout(call, "checkout", CallListener.NONE).slip());
    }

    @Test
    void cancelAndStatusSlipsAreKeptToo() {
        server.always(Operation.CANCEL.path(), json(200, "{\"requestId\":\"c\",\"refTransactionId\":\"ref\","
                + "\"refStatus\":\"accepted\",\"transactionId\":\"" + TX + "\",\"status\":\"canceled\",\"slip\":"
                + SLIP + "}"));
        server.always(Operation.STATUS.path(), json(200, "{\"requestId\":\"q\",\"transactionId\":\"" + TX
                + "\",\"status\":\"accepted\",\"slip\":" + SLIP + "}"));

        assertKeptExactly(client.cancel(client.prepare(new CancelRequest(RequestIds.next(), "1", "1", TX)),
                "cancel", CallListener.NONE).slip());
        assertKeptExactly(client.status(client.prepare(new StatusRequest(RequestIds.next(), TX, null)),
                "status", CallListener.NONE).slip());
    }

    @Test
    void aPostbackSlipIsKeptAndAnAnswerWithoutASlipHasNone() {
        byte[] postback = ("{\"transactionId\":\"" + TX + "\",\"status\":\"accepted\",\"slip\":" + SLIP + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertKeptExactly(PayClient.parsePostback(postback).orElseThrow().slip());

        server.always(Operation.STATUS.path(), json(200, "{\"requestId\":\"q\",\"transactionId\":\"" + TX
                + "\",\"status\":\"pending\",\"rawJson\":\"forged\"}"));
        assertThat(client.status(client.prepare(new StatusRequest(RequestIds.next(), TX, null)), "status",
                CallListener.NONE).slip()).isNull();
    }

    @Test
    void aSlipFieldNamedRawJsonCannotForgeTheStoredText() {
        String forging = "{\"id\":\"s-2\",\"rawJson\":\"{}\"}";
        server.always(Operation.STATUS.path(), json(200, "{\"requestId\":\"q\",\"transactionId\":\"" + TX
                + "\",\"status\":\"accepted\",\"slip\":" + forging + "}"));

        Slip slip = client.status(client.prepare(new StatusRequest(RequestIds.next(), TX, null)), "status",
                CallListener.NONE).slip();

        assertThat(slip.rawJson()).isEqualTo(forging);
    }
}
