package org.kassa.sandbox.craftgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CompleteRequest;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.MealCardValidationException;
import org.kassa.sandbox.craftgate.CraftgateSandboxServer;

/** Per APM type: a missing field is named with the APM type, and nothing reaches the server. */
class ClientValidationTest {

    private static CraftgateSandboxServer server;
    private static CraftgateClient client;

    @BeforeAll
    static void start() {
        server = new CraftgateSandboxServer();
        client = CraftgateClient.create(server.clientSettings());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"METROPOL,cardNumber", "EDENRED,cardNumber", "METROPOL,gsmNumber", "TOKENFLEX,gsmNumber",
        "SETCARD,callbackUrl", "TOKENFLEX,callbackUrl", "MULTINET,callbackUrl", "SODEXO,callbackUrl"})
    void aMissingRequiredFieldIsNamedWithTheApmTypeAndNothingIsSent(ApmType apm, String field) {
        CardTokenizationData data = new CardTokenizationData(field.equals("cardNumber") ? null : "9792000000001234",
                "u", field.equals("gsmNumber") ? null : "905551111111",
                field.equals("callbackUrl") ? null : URI.create("http://127.0.0.1:1/cb"));
        int before = server.sandbox().calls("init");
        MealCardValidationException e = catchThrowableOfType(() -> client.init(new InitRequest(apm, data, null)),
                MealCardValidationException.class);
        assertThat(e.getMessage()).startsWith(field + " is required for APM type " + apm);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.apmType()).isEqualTo(apm);
        assertThat(e.operatorTip(Locale.ENGLISH)).isNotBlank();
        assertThat(server.sandbox().calls("init")).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = ApmType.class, names = "METROPOL", mode = EnumSource.Mode.EXCLUDE)
    void completeIsOnlyForMetropol(ApmType apm) {
        MealCardValidationException e = catchThrowableOfType(() -> client.complete(
                new CompleteRequest("s-1", apm, "123456", null)), MealCardValidationException.class);
        assertThat(e.getMessage()).contains("only for APM type METROPOL").contains(apm.name());
        assertThat(server.sandbox().calls("complete")).isZero();
    }

    @ParameterizedTest
    @CsvSource({"12ab,cardNumber", "123,cardNumber"})
    void aMalformedCardNumberIsRefusedWithoutEchoingIt(String card, String field) {
        MealCardValidationException e = catchThrowableOfType(() -> client.init(new InitRequest(ApmType.EDENRED,
                new CardTokenizationData(card, null, null, null), null)), MealCardValidationException.class);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).doesNotContain(card).contains("EDENRED");
    }

    @ParameterizedTest
    @CsvSource({"'',validationCode", "'../x',sessionId"})
    void completeChecksSessionAndCode(String value, String field) {
        CompleteRequest r = field.equals("sessionId") ? new CompleteRequest(value, ApmType.METROPOL, "1", null)
                : new CompleteRequest("s-1", ApmType.METROPOL, value, null);
        MealCardValidationException e = catchThrowableOfType(() -> client.complete(r), MealCardValidationException.class);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains("METROPOL");
    }
}
