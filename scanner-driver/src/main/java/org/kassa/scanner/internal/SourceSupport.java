package org.kassa.scanner.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Listener list and health bookkeeping shared by every source; a failing listener never stops a source. */
public final class SourceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(SourceSupport.class);

    private final String sourceId;
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SourceHealth health = SourceHealth.of(SourceHealth.State.STOPPED, "not started");

    public SourceSupport(String sourceId) {
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }

    public void add(ScanListener listener) {
        listeners.add(listener);
    }

    public void remove(ScanListener listener) {
        listeners.remove(listener);
    }

    public SourceHealth health() {
        return health;
    }

    /** Records and announces a new health, unless state and detail are unchanged. */
    public void health(SourceHealth.State state, String detail) {
        SourceHealth old = health;
        if (old.state() == state && old.detail().equals(detail)) {
            return;
        }
        SourceHealth now = SourceHealth.of(state, detail);
        health = now;
        LOG.info("{}: {} ({})", sourceId, state, detail);
        for (ScanListener l : listeners) {
            try {
                l.onHealth(sourceId, now);
            } catch (RuntimeException e) {
                LOG.warn("{}: a health listener failed", sourceId, e);
            }
        }
    }

    public void emit(ScannedCode code) {
        LOG.debug("{}: read {}", sourceId, code);
        for (ScanListener l : listeners) {
            try {
                l.onScan(code);
            } catch (RuntimeException e) {
                LOG.warn("{}: a scan listener failed on {}", sourceId, code, e);
            }
        }
    }
}
