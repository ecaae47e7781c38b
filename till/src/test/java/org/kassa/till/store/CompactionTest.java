package org.kassa.till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A store whose file grew past the threshold with commit garbage shrinks when it closes; its data stays. */
class CompactionTest {

    @Test
    void closingCompactsAGrownFileAndKeepsTheData() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "compaction", UUID.randomUUID().toString()));
        Path file = dir.resolve(TillStore.DATABASE_NAME + ".mv.db");
        String value = "x".repeat(3_000);
        int commits = 0;
        try (TillStore store = TillStore.open(dir)) {
            while (Files.size(file) <= TillStore.COMPACT_ABOVE_BYTES && commits < 200_000) {
                store.settings().put("k" + (commits % 50), value + commits);   // each commit leaves a chunk behind
                commits++;
            }
        }
        long compacted = Files.size(file);
        assertThat(commits).isLessThan(200_000);
        assertThat(compacted).as("file after %d commits and close", commits).isLessThan(TillStore.COMPACT_ABOVE_BYTES / 4);
        try (TillStore reopened = TillStore.open(dir)) {
            assertThat(reopened.settings().get("k0")).isPresent();
        }
    }
}
