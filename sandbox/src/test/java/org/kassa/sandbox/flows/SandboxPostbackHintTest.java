package org.kassa.sandbox.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.sandbox.testing.SandboxHarness;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;

/**
 * The sandbox posts the final status to a loopback receiver; the till treats it as a hint and confirms with
 * an immediate status call, long before the next scheduled poll.
 */
class SandboxPostbackHintTest {

    @Test
    void aPostbackLeadsToAnImmediateConfirmingStatusCall() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<PaymentWorkflow> workflows = new CopyOnWriteArrayList<>();
        List<String> authorizations = new CopyOnWriteArrayList<>();
        receiver.createContext("/postback", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = exchange.getRequestBody().readAllBytes();
            PayClient.parsePostback(body).ifPresent(s -> workflows.forEach(w -> w.postbackReceived(s.transactionId())));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/postback");
        try (PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(Fixtures.TOTP)
                .withDelays(Duration.ofMillis(1200), Duration.ofSeconds(2))
                .withPostback(new SandboxSettings.Postback(url, "merchant", "postback-secret")))) {
            PayClient client = Fixtures.client(Fixtures.settings(sandbox.baseUrl()).withPolling(
                    new PollingPolicy(Duration.ofMillis(250), Duration.ofSeconds(20), Duration.ofSeconds(60))));
            List<String> steps = new CopyOnWriteArrayList<>();
            PaymentWorkflow w = PaymentWorkflow.create(client, new PaymentOrder(SandboxHarness.newCardSession(),
                    Fixtures.LOYALTY_ID, CheckoutInvoice.of("pb", Fixtures.items(0)), "SBP"),
                    (step, call, attempt) -> steps.add(step));
            workflows.add(w);
            w.start();

            WorkflowEvent<PaymentState> end = w.result().get(15, TimeUnit.SECONDS);

            assertThat(end.state()).isEqualTo(PaymentState.ACCEPTED);
            assertThat(steps).containsExactly("checkout", "status", "status");
            assertThat(authorizations).isNotEmpty().allSatisfy(a -> assertThat(a).startsWith("Basic "));
            client.close();
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void anythingButAStatusObjectIsNoPostback() {
        assertThat(PayClient.parsePostback("{\"status\":\"accepted\"}".getBytes())).isEmpty();
        assertThat(PayClient.parsePostback("[1]".getBytes())).isEmpty();
        assertThat(PayClient.parsePostback(new byte[0])).isEmpty();
        assertThat(PayClient.parsePostback("{\"transactionId\":\"t\",\"status\":\"odd\"}".getBytes()))
                .hasValueSatisfying(s -> assertThat(s.status().value()).isEqualTo("odd"));
    }
}
