package org.kassa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test JVM cannot see the developer's configuration, and temporary folders stay under target/. */
class TestIsolationTest {

    @TempDir
    Path temp;

    @Test
    void noKassaConfigAndAHomeUnderTarget() {
        assertThat(System.getenv("KASSA_CONFIG")).as("surefire removes $KASSA_CONFIG").isNull();
        assertThat(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize().toString())
                .as("surefire sets user.home under target/").contains("target");
    }

    @Test
    void tempDirsAreUnderTarget() throws Exception {
        assertThat(temp.toAbsolutePath()).startsWith(TargetTempDirs.root());
    }
}
