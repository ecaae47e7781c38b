package org.kassa.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.ConfigFileWriter;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.UiMessage;

/** The settings page without a window: a refused value blocks Save and shows the loader's message; Save writes. */
class SettingsViewModelTest {

    private final Path dir = ConfigFormTest.folder();
    private final HostEnvironment host = new HostEnvironment(dir.resolve("home"), Map.of(), "Linux");

    @Test
    void aRefusedValueIsShownBesideItsFieldAndNothingIsWrittenThenAFixedOneIsSaved() throws Exception {
        Path file = Files.writeString(dir.resolve("kassa.properties"), "# shop 7\nkassa.dataDir = " + dir + "\n",
                StandardCharsets.UTF_8);
        var model = new SettingsViewModel(file, ConfigForm.values(ConfigFile.load(file)), host,
                new ConfigFileWriter(Clock.systemUTC()), new DirectJobs());
        model.field("totp.interval").value().set("thirty");
        model.field("ui.key.mealcard").value().set("F6");
        assertThat(model.field("ui.key.mealcard").changed().get()).isTrue();

        model.save();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("settings.fixFirst", 1));
        assertThat(model.field("totp.interval").problem().get())
                .startsWith(file + ": totp.interval: 'thirty' is not a whole number");
        assertThat(model.field("ui.key.mealcard").problem().get()).isNull();
        assertThat(Files.readString(file)).isEqualTo("# shop 7\nkassa.dataDir = " + dir + "\n");

        model.field("totp.interval").value().set("30");
        model.save();
        assertThat(model.field("totp.interval").problem().get()).isNull();
        String said = new I18n(java.util.Locale.ENGLISH).render(model.message().get());
        assertThat(said).startsWith("Saved to " + file).contains("Restart Kassa to apply: ui.key.mealcard")
                .doesNotContain("totp.interval");
        assertThat(KassaSettings.load(file, host).keys().key("mealcard")).isEqualTo("F6");
        assertThat(Files.readString(file)).startsWith("# shop 7\n");
    }

    @Test
    void checkShowsMessagesWithoutSaving() throws Exception {
        Path file = Files.writeString(dir.resolve("k.properties"), "kassa.dataDir = " + dir + "\n");
        var model = new SettingsViewModel(file, ConfigForm.values(ConfigFile.load(file)), host,
                new ConfigFileWriter(Clock.systemUTC()), new DirectJobs());
        model.field("kassa.mode").value().set("trainig");
        model.check();
        assertThat(model.field("kassa.mode").problem().get()).endsWith("did you mean training?");
        assertThat(model.message().get()).isNull();
    }
}
