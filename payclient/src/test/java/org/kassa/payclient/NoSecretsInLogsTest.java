package org.kassa.payclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.payclient.testing.ScriptedServer.json;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.CheckoutRequest;
import org.kassa.payclient.api.PaymentMethod;
import org.kassa.payclient.api.User;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.slf4j.LoggerFactory;

/** Passwords, tokens, card numbers and card sessions never reach logs, exception messages or toString. */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "S3cret-Pa55word";
    private static final String LOYALTY = "7777888899990000";
    private static final String SESSION = "Q7W8E9";

    @Test
    void aPaymentWithErrorsLeavesNoSecretBehind() throws Exception {
        Logger kassa = (Logger) LoggerFactory.getLogger("org.kassa");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        kassa.addAppender(logs);
        Level before = kassa.getLevel();
        kassa.setLevel(Level.DEBUG);
        List<String> texts = new ArrayList<>();
        try (ScriptedServer server = ScriptedServer.start()) {
            server.then(Operation.CHECKOUT.path(), json(503, "{}"))
                    .then(Operation.CHECKOUT.path(), json(200, "{\"requestId\":\"r\",\"transactionId\":\"t-1\",\"status\":\"new\"}"))
                    .then(Operation.STATUS.path(), json(200, "{\"transactionId\":\"t-1\",\"status\":\"rejected\",\"errorCode\":\"X_NEW\"}"))
                    .always(Operation.CHECKOUT.path(), json(422, "{\"code\":\"UNKNOWN_SESSION_ID\",\"details\":\"" + SESSION + "\"}"));
            PayClient client = Fixtures.client(Fixtures.settings(server.baseUrl()).withCredentials("login", PASSWORD));
            PaymentOrder order = new PaymentOrder(SESSION, LOYALTY, CheckoutInvoice.of("o", Fixtures.items(0)), "SBP");
            PaymentWorkflow w = PaymentWorkflow.create(client, order, CallListener.NONE);
            w.start();
            texts.add(w.result().get(10, TimeUnit.SECONDS).toString());
            CheckoutRequest request = new CheckoutRequest("r2", SESSION, "s", "t", order.invoice(), new User(LOYALTY),
                    List.of(PaymentMethod.of("SBP")));
            try {
                client.checkout(client.prepare(request), "checkout", CallListener.NONE);
            } catch (PayException e) {
                texts.add(e.getMessage());
                texts.add(e.toString());
            }
            texts.add(request.toString());
            texts.add(order.toString());
            texts.add(client.settings().toString());
            texts.add(client.prepare(request).toString());
            server.received().forEach(r -> {
                if (r.header("token") != null) {
                    assertThat(String.join("\n", texts)).doesNotContain(r.header("token"));
                }
            });
            client.close();
        } finally {
            kassa.detachAppender(logs);
            kassa.setLevel(before);
        }
        logs.list.forEach(e -> texts.add(e.getFormattedMessage()));
        assertThat(logs.list).isNotEmpty();
        String all = String.join("\n", texts);
        String basic = Base64.getEncoder().encodeToString(("login:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(all).doesNotContain(PASSWORD, basic, LOYALTY, SESSION);
    }
}
