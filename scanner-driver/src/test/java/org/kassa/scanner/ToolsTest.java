package org.kassa.scanner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle tools fail loudly and never hang a test. */
class ToolsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingToolFailsWithThePackageToInstall() {
        assertThatThrownBy(() -> Tools.require("kassa-no-such-tool"))
                .hasMessageContaining("kassa-no-such-tool is not on PATH: install the Debian package");
    }

    @Test
    void aToolThatHangsIsKilledAtItsTimeout() {
        assertThatThrownBy(() -> Tools.run(List.of("sleep", "30"), null, dir, Duration.ofMillis(300)))
                .hasMessageContaining("did not finish within");
    }
}
