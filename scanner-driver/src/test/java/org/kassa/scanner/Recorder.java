package org.kassa.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what sources report, for tests; waits are generous upper bounds, never speed checks. */
public final class Recorder implements ScanListener {

    public final BlockingQueue<ScannedCode> scans = new LinkedBlockingQueue<>();
    public final BlockingQueue<SourceHealth> health = new LinkedBlockingQueue<>();

    @Override
    public void onScan(ScannedCode code) {
        scans.add(code);
    }

    @Override
    public void onHealth(String sourceId, SourceHealth h) {
        health.add(h);
    }

    /** The next scan's text, waiting up to 10 s. */
    public String nextText() throws InterruptedException {
        ScannedCode code = scans.poll(10, TimeUnit.SECONDS);
        assertThat(code).as("a scan within 10 s").isNotNull();
        return code.text();
    }

    /** Waits up to 10 s per event for a health in this state whose detail contains the text. */
    public SourceHealth awaitHealth(SourceHealth.State state, String detail) throws InterruptedException {
        for (SourceHealth h = health.poll(10, TimeUnit.SECONDS); ; h = health.poll(10, TimeUnit.SECONDS)) {
            assertThat(h).as("health %s within 10 s", state).isNotNull();
            if (h.state() == state && h.detail().contains(detail)) {
                return h;
            }
        }
    }
}
