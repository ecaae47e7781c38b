package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.payclient.callback.ReceiverSettings;

/** pay.postback.* works without meal cards, and shares one receiver with them on a shared port (0091). */
class ReceiverPlanTest {

    @TempDir
    Path home;

    List<ReceiverSettings> receivers(String... lines) {
        return KassaSettings.from(ConfigFile.parse(String.join("\n", lines), "test.properties"),
                new HostEnvironment(home, Map.of(), "Linux")).receivers();
    }

    @Test
    void aKoshelekOnlyMerchantGetsAPostbackOnlyReceiver() {
        assertThat(receivers("pay.postback.enabled = true", "pay.postback.login = partner",
                "pay.postback.password = pa:ss", "pay.postback.port = 8900")).singleElement().satisfies(r -> {
                    assertThat(r.postbackEnabled()).isTrue();
                    assertThat(r.callbackEnabled()).as("no meal cards: the callback path stays closed").isFalse();
                    assertThat(r.port()).isEqualTo(8900);
                    assertThat(r.postbackLogin()).isEqualTo("partner");
                    assertThat(r.postbackPassword()).isEqualTo("pa:ss");
                });
    }

    @Test
    void mealCardsAloneGetACallbackOnlyReceiver() {
        assertThat(receivers("mealcard.enabled = true")).singleElement().satisfies(r -> {
            assertThat(r.callbackEnabled()).isTrue();
            assertThat(r.postbackEnabled()).isFalse();
            assertThat(r.port()).isEqualTo(8787);
        });
    }

    @Test
    void onASharedPortOneReceiverServesBothWithTheLargerLimits() {
        assertThat(receivers("mealcard.enabled = true", "pay.postback.enabled = true", "pay.postback.login = p",
                "pay.postback.password = s", "pay.postback.maxBodyBytes = 65536",
                "mealcard.receiver.requestTimeoutSeconds = 30")).singleElement().satisfies(r -> {
                    assertThat(r.callbackEnabled()).isTrue();
                    assertThat(r.postbackEnabled()).isTrue();
                    assertThat(r.maxBodyBytes()).isEqualTo(65536);
                    assertThat(r.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void onDifferentPortsTwoReceiversEachServeTheirPath() {
        List<ReceiverSettings> both = receivers("mealcard.enabled = true", "pay.postback.enabled = true",
                "pay.postback.login = p", "pay.postback.password = s", "pay.postback.port = 8788");
        assertThat(both).extracting(ReceiverSettings::port).containsExactly(8787, 8788);
        assertThat(both).extracting(ReceiverSettings::callbackEnabled).containsExactly(true, false);
        assertThat(both).extracting(ReceiverSettings::postbackEnabled).containsExactly(false, true);
    }

    @Test
    void oneSharedPortOnTwoAddressesIsRefused() {
        assertThatThrownBy(() -> receivers("mealcard.enabled = true", "pay.postback.enabled = true",
                "pay.postback.login = p", "pay.postback.password = s", "pay.postback.bindAddress = 0.0.0.0"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.properties: pay.postback.bindAddress: '0.0.0.0' differs from "
                        + "mealcard.receiver.bindAddress '127.0.0.1' on the same port 8787");
    }
}
