package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code kassa report store}: its arguments and a till without a central store. The report itself is tested on
 * PostgreSQL in the central module (StoreReportTest: equal to the sum of two tills' Z reports).
 */
class StoreReportCommandTest {

    @Test
    void withoutACentralStoreItSaysWhichSettingToSet() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "store-report", UUID.randomUUID().toString()));
        Path config = Cli.config(dir, "kassa.dataDir = " + dir.toAbsolutePath().toString().replace('\\', '/'));
        Cli.Run run = Cli.inProcess("report", "store", "--date", "2026-11-26", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no central store is configured").contains("store.central.url")
                .contains("training mode never uses one");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingOrWrongDateOrZoneIsNamedWithAnExample() {
        Cli.Run none = Cli.inProcess("report", "store");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--date YYYY-MM-DD");
        Cli.Run wrong = Cli.inProcess("report", "store", "--date", "26.11.2026");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("'26.11.2026' is not a date").contains("YYYY-MM-DD");
        Cli.Run zone = Cli.inProcess("report", "store", "--date", "2026-11-26", "--zone", "Mars/Olympus");
        assertThat(zone.exit()).isEqualTo(2);
        assertThat(zone.err()).contains("'Mars/Olympus' is not a time zone");
    }
}
