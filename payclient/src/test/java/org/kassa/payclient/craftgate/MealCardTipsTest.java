package org.kassa.payclient.craftgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both bundles hold the same keys, and every error the client or the sandbox can give has a tip. */
class MealCardTipsTest {

    @Test
    void russianAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load(MealCardTips.BUNDLE + "_en.properties").stringPropertyNames())
                .isEqualTo(load(MealCardTips.BUNDLE + ".properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"code.INVALID_SIGNATURE", "code.SESSION_NOT_FOUND", "code.INVALID_VALIDATION_CODE",
        "code.MISSING_FIELD", "code.OPERATION_NOT_SUPPORTED", "code.SESSION_ALREADY_COMPLETED",
        "field.cardNumber", "field.gsmNumber", "field.callbackUrl", "field.sessionId", "field.validationCode",
        "field.complete", "transport.CONNECT", "transport.TIMEOUT", "transport.HTTP_STATUS",
        "transport.MALFORMED_RESPONSE"})
    void everyKeyTheCodeUsesHasATip(String key) {
        assertThat(MealCardTips.has(Locale.ENGLISH, key)).isTrue();
        assertThat(MealCardTips.has(Locale.forLanguageTag("ru"), key)).isTrue();
    }

    @Test
    void russianIsTheDefaultAndTheApmTypeIsFilledIn() {
        assertThat(MealCardTips.tip(Locale.forLanguageTag("de"), "field.cardNumber", "METROPOL"))
                .isEqualTo("Введите номер карты питания (METROPOL) и повторите.");
        assertThat(MealCardTips.tip(Locale.ENGLISH, "field.cardNumber", "METROPOL"))
                .isEqualTo("Enter the meal card number (METROPOL) and try again.");
    }

    @Test
    void anApostropheIsTextAndTheArgumentIsStillFilledIn() {
        assertThat(MealCardTips.tip(Locale.ENGLISH, "field.gsmNumber", "TOKENFLEX"))
                .isEqualTo("Enter the customer's mobile number (TOKENFLEX) and try again.");
        assertThat(MealCardTips.tip(Locale.ENGLISH, "field.complete", "SODEXO"))
                .startsWith("SODEXO needs no SMS code").contains("provider's page");
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = MealCardTipsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s in the payclient jar", resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
