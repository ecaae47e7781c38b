package org.kassa.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kassa.scanner.wedge.KeyboardWedgeSource;
import org.kassa.scanner.wedge.WedgeSettings;

/** Sources added and removed while the till runs; the wedge's own timer hands a lone key press back. */
class SourceRegistryTest {

    final BlockingQueue<ScannedCode> scans = new LinkedBlockingQueue<>();
    final BlockingQueue<String> healthEvents = new LinkedBlockingQueue<>();

    ScanListener recorder() {
        return new ScanListener() {
            @Override
            public void onScan(ScannedCode code) {
                scans.add(code);
            }

            @Override
            public void onHealth(String sourceId, SourceHealth health) {
                healthEvents.add(sourceId + " " + health.state());
            }
        };
    }

    static void scan(KeyboardWedgeSource wedge, String digits) {
        long t = System.nanoTime();
        for (char c : digits.toCharArray()) {
            wedge.offer(new KeyInput(c, c, 0, t += 2_000_000L));
        }
        wedge.offer(new KeyInput(KeyInput.VK_ENTER, '\n', 0, t + 2_000_000L));
    }

    @Test
    void sourcesComeAndGoAndScansReachOneListener() throws Exception {
        KeyboardWedgeSource first = new KeyboardWedgeSource("wedge", WedgeSettings.defaults());
        KeyboardWedgeSource replacement = new KeyboardWedgeSource("wedge", WedgeSettings.defaults());
        try (SourceRegistry registry = new SourceRegistry()) {
            registry.addListener(recorder());
            registry.add(first);
            assertThat(registry.health()).containsOnlyKeys("wedge");
            assertThat(registry.health().get("wedge").isReady()).isTrue();
            scan(first, "46012345");
            assertThat(scans.poll()).extracting(ScannedCode::text).isEqualTo("46012345");

            registry.add(replacement); // same id: the old one is stopped and no longer heard
            assertThat(first.health().state()).isEqualTo(SourceHealth.State.STOPPED);
            scan(first, "99999999");
            scan(replacement, "12345678");
            assertThat(scans).extracting(ScannedCode::text).containsExactly("12345678");

            registry.remove("wedge");
            assertThat(registry.health()).isEmpty();
            assertThat(replacement.health().state()).isEqualTo(SourceHealth.State.STOPPED);
        }
        assertThat(healthEvents).contains("wedge READY", "wedge STOPPED");
    }

    @Test
    void startedWedgeReleasesALoneKeyPressByItself() throws Exception {
        KeyboardWedgeSource wedge = new KeyboardWedgeSource("wedge", WedgeSettings.defaults());
        BlockingQueue<List<KeyInput>> human = new LinkedBlockingQueue<>();
        wedge.onHumanKeys(human::add);
        wedge.start();
        try {
            KeyInput key = new KeyInput('7', '7', 0, System.nanoTime());
            assertThat(wedge.offer(key)).isTrue();
            assertThat(human.poll(10, TimeUnit.SECONDS)).containsExactly(key);
        } finally {
            wedge.stop();
        }
    }
}
