package org.kassa.sandbox.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.callback.CallbackReceiver;
import org.kassa.payclient.callback.PostbackListener;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.payclient.callback.TokenizationResult;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CompleteRequest;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.CraftgateSettings;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.TokenizationStep;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.totp.TotpSettings;

/** The Craftgate handler mounted into the Pay sandbox, as training mode runs it: one server for both APIs. */
class MountedOnPaySandboxTest {

    private static final TotpSettings TOTP = TotpSettings.of("HMACSHA256", 8, "CM",
            "3132333435363738393031323334353637383930313233343536373839303132", 30, 6, "=");

    private final CraftgateSandboxSettings training = CraftgateSandboxSettings.training();
    private final PaySandbox pay = PaySandbox.start(SandboxSettings.training(TOTP));
    private final CraftgateSandbox craftgate = new CraftgateSandbox(training);
    private final List<TokenizationResult> results = new CopyOnWriteArrayList<>();
    private final CallbackReceiver receiver = CallbackReceiver.start(ReceiverSettings.loopback(training.callbackKey()),
            results::add, PostbackListener.IGNORE);
    private final CraftgateClient client;

    MountedOnPaySandboxTest() {
        pay.mount(CraftgateSandbox.MOUNT, craftgate);
        client = CraftgateClient.create(new CraftgateSettings(pay.baseUrl(), training.apiKey(), training.secretKey(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2));
    }

    @AfterEach
    void stop() {
        client.close();
        receiver.close();
        pay.close();
        craftgate.close();
    }

    @Test
    void theHtmlFlowRunsThroughThePaySandboxAndCallsBack() throws Exception {
        TokenizationStep step = client.init(new InitRequest(ApmType.MULTINET,
                new CardTokenizationData(null, "u-1", null, receiver.callbackUrl()), null));
        URI action = URI.create(pay.baseUrl() + "/payment/v1/meal-voucher/sandbox/" + step.sessionId() + "/submit");
        assertThat(step.htmlContent()).contains(action.toString());
        new ProviderBrowser().submit(step.htmlContent(), null);
        assertThat(results).singleElement().extracting(TokenizationResult::sessionId).isEqualTo(step.sessionId());
    }

    @Test
    void metropolCompletesThroughThePaySandbox() {
        String session = client.init(new InitRequest(ApmType.METROPOL,
                new CardTokenizationData("9792000000001234", null, "905551111111", null), null)).sessionId();
        assertThat(client.complete(new CompleteRequest(session, ApmType.METROPOL, "123456", null)).balance())
                .isEqualByComparingTo("250.75");
        assertThat(pay.ledger().requestsTo("/payment/v1/meal-voucher/card-tokenizations/" + session + "/complete"))
                .isEqualTo(1);
    }
}
