package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/** Postbacks reach a real loopback receiver with Basic auth and the body of the status answer. */
class SandboxPostbackTest extends SandboxTestBase {

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private HttpServer receiver;

    private record Received(String authorization, byte[] body) {
    }

    @Override
    SandboxSettings settings(SandboxSettings training) {
        try {
            receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.createContext("/kassa/postback", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/kassa/postback");
        return training.withPostback(new SandboxSettings.Postback(url, "kassa-7", "p0stback"));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void acceptedPaymentIsPostedWithBasicAuthAndTheStatusBody() throws Exception {
        String id = client.pay(1_000);
        after(ACCEPT);
        Received postback = next();
        assertThat(postback.authorization()).isEqualTo(SandboxClient.basic("kassa-7", "p0stback"));
        JsonNode body = SandboxClient.MAPPER.readTree(postback.body());
        assertThat(body.get("transactionId").asText()).isEqualTo(id);
        assertThat(body.get("status").asText()).isEqualTo("accepted");
        assertThat(VendorSchema.problems(new Reply("POST", "/api/v1/merchant/transaction/status", 200, null,
                postback.body()))).isEmpty();

        JsonNode status = client.status(id).json();
        assertThat(body.get("slip")).isEqualTo(status.get("slip"));
        assertThat(body.get("paymentGroup")).isEqualTo(status.get("paymentGroup"));
    }

    @Test
    void cancelAndRefundOutcomesArePostedToo() throws Exception {
        String canceled = client.pay(1_000);
        client.post("/api/v1/merchant/transaction/cancel", SandboxClient.cancelBody(SandboxClient.newRequestId(), canceled));
        assertThat(SandboxClient.MAPPER.readTree(next().body()).get("status").asText()).isEqualTo("canceled");

        String paid = client.pay(2_009);
        after(ACCEPT);
        assertThat(SandboxClient.MAPPER.readTree(next().body()).get("status").asText()).isEqualTo("accepted");
        Reply refund = client.postSigned("/api/v1/merchant/transaction/refund",
                SandboxClient.refundBody(SandboxClient.newRequestId(), paid, 2_009));
        after(ACCEPT);
        JsonNode refused = SandboxClient.MAPPER.readTree(next().body());
        assertThat(refused.get("refTransactionId").asText()).isEqualTo(refund.text("refTransactionId"));
        assertThat(refused.get("refStatus").asText()).isEqualTo("rejected");
        assertThat(refused.get("errorCode").asText()).isEqualTo("CANCEL_REFUNDING_BY_BANK");
    }

    private Received next() throws InterruptedException {
        Received postback = received.poll(10, TimeUnit.SECONDS);
        assertThat(postback).as("a postback within 10 s").isNotNull();
        return postback;
    }
}
