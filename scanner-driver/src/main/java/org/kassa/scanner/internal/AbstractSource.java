package org.kassa.scanner.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kassa.scanner.BarcodeSource;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Id, listeners and health shared by every source; a failing listener never stops a source. */
public abstract class AbstractSource implements BarcodeSource {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractSource.class);

    private final String sourceId;
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SourceHealth health = SourceHealth.of(SourceHealth.Reason.NOT_STARTED, "not started");

    protected AbstractSource(String sourceId) {
        this.sourceId = sourceId;
    }

    @Override
    public final String id() {
        return sourceId;
    }

    @Override
    public final void addListener(ScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public final void removeListener(ScanListener listener) {
        listeners.remove(listener);
    }

    @Override
    public final SourceHealth health() {
        return health;
    }

    /** Records and announces a new health, unless reason and detail are unchanged. */
    protected final void report(SourceHealth.Reason reason, String detail) {
        SourceHealth old = health;
        if (old.reason() == reason && old.detail().equals(detail)) {
            return;
        }
        SourceHealth now = SourceHealth.of(reason, detail);
        health = now;
        LOG.info("{}: {} ({})", sourceId, reason, detail);
        for (ScanListener l : listeners) {
            try {
                l.onHealth(sourceId, now);
            } catch (RuntimeException e) {
                LOG.warn("{}: a health listener failed", sourceId, e);
            }
        }
    }

    protected final void emit(ScannedCode code) {
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
