package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.PaySettings;

/** The pay.* settings: training defaults, modes, and errors that name the key and the fix. */
class PayConfigTest {

    private static final URI SANDBOX = URI.create("http://127.0.0.1:1");

    @Test
    void theDefaultsAreATrainingConfigurationWithinTheVendorsRules() {
        ConfigFile config = ConfigFile.defaults();
        PaySettings s = PayConfig.settings(config, SANDBOX);

        assertThat(PayConfig.baseUrl(config)).isEmpty();
        assertThat(s.polling().firstDelay()).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(s.polling().cap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.allowed().paymentTypes()).containsExactly("SBP", "DOLYAME");
        assertThat(s.allowed().statuses()).contains("partial_refunded", "none");
        assertThat(s.storeId()).hasSize(36);
        assertThat(s.toString()).doesNotContain("password=training");
        assertThat(PayConfig.tips(config).locale().getLanguage()).isEqualTo("ru");
    }

    @Test
    void testAndProductionModesUseTheirBaseUrls() {
        assertThat(PayConfig.baseUrl(ConfigFile.parse("kassa.mode = test", "t"))).contains(URI.create("https://api-test.koshelek.app"));
        assertThat(PayConfig.baseUrl(ConfigFile.parse("kassa.mode = production", "t"))).contains(URI.create("https://api.koshelek.app"));
    }

    @Test
    void newPaymentTypesComeFromConfiguration() {
        PaySettings s = PayConfig.settings(ConfigFile.parse("pay.allowed.paymentTypes = NEWPAY, SBP,", "f"), SANDBOX);

        assertThat(s.allowed().paymentTypes()).containsExactly("NEWPAY", "SBP");
    }

    @Test
    void badValuesNameTheirKeyAndTheFix() {
        assertThatThrownBy(() -> PayConfig.settings(ConfigFile.parse("pay.status.firstDelayMillis = 100", "f"), SANDBOX))
                .hasMessageContaining("pay.status.firstDelayMillis").hasMessageContaining("250..500");
        assertThatThrownBy(() -> PayConfig.settings(ConfigFile.parse("pay.storeId = shop-1", "f"), SANDBOX))
                .hasMessageContaining("pay.storeId").hasMessageContaining("36");
        assertThatThrownBy(() -> PayConfig.baseUrl(ConfigFile.parse("kassa.mode = test\npay.baseUrl.test = api", "f")))
                .hasMessageContaining("pay.baseUrl.test").hasMessageContaining("https://");
        assertThatThrownBy(() -> PayConfig.settings(ConfigFile.parse("pay.allowed.statuses = ,", "f"), SANDBOX))
                .hasMessageContaining("pay.allowed.statuses");
        assertThatThrownBy(() -> PayConfig.settings(ConfigFile.parse("pay.password = hunter2\npay.retry.maxAttempts = x", "f"), SANDBOX))
                .hasMessageContaining("pay.retry.maxAttempts").hasMessageNotContaining("hunter2");
    }
}
