package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kassa.scanner.serial.SerialSettings;
import org.kassa.scanner.wedge.WedgeSettings;

class ScannerConfigTest {

    @Test
    void trainingDefaultsGiveAWedgeAndNoOtherScanner() {
        ConfigFile c = ConfigFile.defaults();
        assertThat(ScannerConfig.wedge(c)).isEqualTo(WedgeSettings.defaults());
        assertThat(ScannerConfig.serial(c)).isEmpty();
        assertThat(ScannerConfig.camera(c)).isEmpty();
        assertThat(ScannerConfig.trainingImages(c)).isEmpty();
    }

    @Test
    void merchantSettingsAreRead() {
        ConfigFile c = ConfigFile.parse("""
                scanner.wedge.terminator = tab
                scanner.wedge.prefix = ]Q
                scanner.serial.port = /dev/ttyACM0
                scanner.serial.baud = 115200
                scanner.serial.framing = 7e1
                scanner.serial.terminator = crlf
                scanner.serial.charset = ISO-8859-1
                scanner.camera.device = /dev/video0
                """, "test.properties");
        assertThat(ScannerConfig.wedge(c).terminator()).isEqualTo(WedgeSettings.Terminator.TAB);
        assertThat(ScannerConfig.wedge(c).prefix()).isEqualTo("]Q");
        SerialSettings s = ScannerConfig.serial(c).orElseThrow();
        assertThat(s.baud()).isEqualTo(115200);
        assertThat(s.framing()).hasToString("7E1");
        assertThat(s.terminator()).isEqualTo(SerialSettings.Terminator.CRLF);
        assertThat(s.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(s.reconnect()).isEqualTo(Duration.ofSeconds(1));
        assertThat(ScannerConfig.camera(c).orElseThrow().source().id()).isEqualTo("camera:/dev/video0");
    }

    @Test
    void badValuesNameTheKeyAndTheFix() {
        assertThatThrownBy(() -> ScannerConfig.serial(ConfigFile.parse(
                "scanner.serial.port=/dev/ttyS0\nscanner.serial.framing=9X1", "my.properties")))
                .hasMessageContaining("my.properties: scanner.serial.framing").hasMessageContaining("8N1");
        assertThatThrownBy(() -> ScannerConfig.serial(ConfigFile.parse(
                "scanner.serial.port=/dev/ttyS0\nscanner.serial.charset=KOI9", "my.properties")))
                .hasMessageContaining("scanner.serial.charset").hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> ScannerConfig.wedge(ConfigFile.parse(
                "scanner.wedge.terminator=space", "my.properties")))
                .hasMessageContaining("scanner.wedge.terminator").hasMessageContaining("enter, tab, none");
    }
}
