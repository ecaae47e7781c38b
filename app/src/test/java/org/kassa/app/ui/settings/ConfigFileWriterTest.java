package org.kassa.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.ConfigFileWriter;

/** Save keeps the merchant's file as it was (comments, order, other keys), backs it up and reads back exactly. */
class ConfigFileWriterTest {

    private final Path dir = ConfigFormTest.folder();
    private final ConfigFileWriter writer = new ConfigFileWriter(Clock.fixed(Instant.parse("2026-11-26T01:02:03Z"),
            ZoneOffset.UTC));

    @Test
    void changedKeysAreReplacedInPlaceAndEverythingElseIsKept() throws Exception {
        Path file = dir.resolve("kassa.properties");
        String old = String.join("\n", "# my till", "kassa.mode = test", "", "# the printer by the window",
                "printer.address = tcp://10.0.0.5", "pay.allowed.paymentTypes = SBP, \\", "    DOLYAME",
                "ui.language = ru") + "\n";
        Files.writeString(file, old, StandardCharsets.UTF_8);
        Map<String, String> changed = new LinkedHashMap<>();
        changed.put("printer.address", "tcp://10.0.0.6:9100");
        changed.put("pay.allowed.paymentTypes", "SBP");
        changed.put("scanner.wedge.prefix", "\u001D");

        var saved = writer.write(file, changed);

        assertThat(Files.readString(saved.backup())).isEqualTo(old);
        assertThat(saved.backup().getFileName().toString()).isEqualTo("kassa.properties.bak-20261126-010203");
        assertThat(Files.readAllLines(file)).containsExactly("# my till", "kassa.mode = test", "",
                "# the printer by the window", "printer.address = tcp://10.0.0.6:9100", "pay.allowed.paymentTypes = SBP",
                "ui.language = ru", "", "# Set in the settings screen", "scanner.wedge.prefix = \\u001D");
        ConfigFile back = ConfigFile.load(file);
        assertThat(back.string("printer.address")).isEqualTo("tcp://10.0.0.6:9100");
        assertThat(back.string("scanner.wedge.prefix")).isEqualTo("\u001D");
        assertThat(back.string("kassa.mode")).isEqualTo("test");
    }

    @Test
    void awkwardValuesReadBackExactly() throws Exception {
        Path file = dir.resolve("odd.properties");
        Map<String, String> changed = Map.of("pay.paymentPurpose", " Оплата\\заказа #1 = ok", "pay.login", "a:b");
        var saved = writer.write(file, changed);
        assertThat(saved.backup()).isNull();
        ConfigFile back = ConfigFile.load(file);
        assertThat(back.string("pay.paymentPurpose")).isEqualTo(" Оплата\\заказа #1 = ok");
        assertThat(back.string("pay.login")).isEqualTo("a:b");
    }
}
