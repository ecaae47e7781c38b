package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.payclient.craftgate.CraftgateSettings;
import org.kassa.sandbox.craftgate.CraftgateSandboxSettings;

/** The mealcard.* keys: training defaults that match the sandbox, and errors that name the key. */
class MealCardConfigTest {

    @Test
    void theTrainingDefaultsMatchTheCraftgateSandbox() {
        ConfigFile defaults = ConfigFile.defaults();
        CraftgateSandboxSettings sandbox = CraftgateSandboxSettings.training();
        CraftgateSettings client = MealCardConfig.client(defaults);
        assertThat(client.apiKey()).isEqualTo(sandbox.apiKey());
        assertThat(client.secretKey()).isEqualTo(sandbox.secretKey());
        assertThat(MealCardConfig.callbackKey(defaults)).isEqualTo(sandbox.callbackKey());
        assertThat(MealCardConfig.enabled(defaults)).isFalse();
        assertThat(client.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theReceiverDefaultsToLoopbackWithThePostbackOff() {
        // The postback has keys of its own (pay.postback.*, ReceiverPlanTest).
        ReceiverSettings receiver = MealCardConfig.receiver(ConfigFile.defaults());
        assertThat(receiver.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(receiver.port()).isEqualTo(8787);
        assertThat(receiver.postbackEnabled()).isFalse();
        assertThat(MealCardConfig.callbackUrl(ConfigFile.defaults()))
                .isEqualTo(URI.create("http://127.0.0.1:8787/mealcard/callback"));
    }

    @Test
    void aPublicCallbackUrlWins() {
        ConfigFile c = ConfigFile.parse("mealcard.callbackUrl = https://till.example/mealcard/callback", "test.properties");
        assertThat(MealCardConfig.callbackUrl(c)).isEqualTo(URI.create("https://till.example/mealcard/callback"));
    }

    @Test
    void aCallbackKeyOfTheWrongLengthIsNamedWithoutShowingIt() {
        ConfigFile c = ConfigFile.parse("mealcard.callbackKey = tooShortSecret", "test.properties");
        assertThatThrownBy(() -> MealCardConfig.callbackKey(c)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.properties: mealcard.callbackKey: must be exactly 32 characters")
                .hasMessageNotContaining("tooShortSecret");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefused() {
        ConfigFile c = ConfigFile.parse("mealcard.baseUrl = ftp://craftgate", "test.properties");
        assertThatThrownBy(() -> MealCardConfig.client(c))
                .hasMessage("test.properties: mealcard.baseUrl: 'ftp://craftgate' is not an http:// or https:// URL");
    }

    @Test
    void outOfRangeNumbersNameTheKey() {
        ConfigFile c = ConfigFile.parse("mealcard.maxAttempts = 9", "test.properties");
        assertThatThrownBy(() -> MealCardConfig.client(c))
                .hasMessage("test.properties: mealcard.maxAttempts: '9' is out of range; allowed 1..5");
    }

    @Test
    void everyMealcardKeyHasACommentAndSecretsAreRecognised() throws Exception {
        String text = new String(MealCardConfigTest.class.getResourceAsStream("/kassa.properties").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("mealcard.")) {
                assertThat(lines[i - 1]).as("comment above %s", lines[i]).startsWith("#");
            }
        }
        assertThat(ConfigFile.isSecret("mealcard.secretKey")).isTrue();
        assertThat(ConfigFile.isSecret("mealcard.callbackKey")).isTrue();
        assertThat(ConfigFile.isSecret("pay.postback.password")).isTrue();
    }
}
