package org.kassa.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The ui.key.* settings: the defaults of UI.md, JavaFX key names only, no key for two actions. */
class UiKeysTest {

    @Test
    void theDefaultsAreTheKeysOfUiMd() {
        UiKeys keys = UiKeys.read(ConfigFile.defaults());
        assertThat(keys.byAction()).containsExactly(
                java.util.Map.entry("koshelek", "F12"), java.util.Map.entry("cash", "F11"),
                java.util.Map.entry("refund", "F2"), java.util.Map.entry("reports", "F5"),
                java.util.Map.entry("mealcard", "F8"), java.util.Map.entry("settings", "F7"),
                java.util.Map.entry("help", "F1"));
    }

    @Test
    void everyAllowedNameIsAJavaFxKeyCode() {
        for (String name : UiKeys.ALLOWED) {
            assertThat(KeyCode.valueOf(name)).isNotNull();
        }
        assertThat(UiKeys.ALLOWED).doesNotContain("F9", "F10", "ENTER", "ESCAPE", "DELETE", "A", "DIGIT1");
    }

    @Test
    void aKeyIsCaseInsensitive() {
        ConfigFile c = ConfigFile.parse("ui.key.mealcard = f6", "kassa.properties");
        assertThat(UiKeys.read(c).key("mealcard")).isEqualTo("F6");
    }

    @Test
    void anUnknownKeyNamesFileKeyValueAndTheAllowedOnes() {
        ConfigFile c = ConfigFile.parse("ui.key.cash = F111", "/etc/kassa.properties");
        assertThatThrownBy(() -> KassaSettings.from(c, new HostEnvironment(java.nio.file.Path.of("target").toAbsolutePath(), java.util.Map.of(), "Linux"))).isInstanceOf(ConfigException.class)
                .hasMessage("/etc/kassa.properties: ui.key.cash: 'F111' is not allowed; allowed: F1..F24 except F9 "
                        + "and F10, INSERT, HOME, END, PAGE_UP, PAGE_DOWN; did you mean F11?");
    }

    @Test
    void aTypingKeyOrTheLanguageKeyIsRefused() {
        assertThatThrownBy(() -> UiKeys.read(ConfigFile.parse("ui.key.help = A", "k.properties")))
                .hasMessageStartingWith("k.properties: ui.key.help: 'A' is not allowed; allowed: F1..F24");
        assertThatThrownBy(() -> UiKeys.read(ConfigFile.parse("ui.key.help = F10", "k.properties")))
                .hasMessageStartingWith("k.properties: ui.key.help: 'F10' is not allowed");
    }

    @Test
    void oneKeyForTwoActionsIsRefusedNamingBoth() {
        ConfigFile c = ConfigFile.parse("ui.key.mealcard = F11", "kassa.properties");
        assertThatThrownBy(() -> UiKeys.read(c)).isInstanceOf(ConfigException.class)
                .hasMessage("kassa.properties: ui.key.mealcard: 'F11' is already the key of ui.key.cash; allowed: "
                        + "a key no other ui.key.* setting uses");
    }
}
