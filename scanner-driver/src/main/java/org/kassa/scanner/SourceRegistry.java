package org.kassa.scanner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The till's barcode sources in one place: sources are added and removed while the till runs (a scanner
 * configured or plugged in, a camera switched off), and the till listens once for all of them. A source that
 * loses its device keeps its place here and reconnects by itself; its health changes are forwarded.
 */
public final class SourceRegistry implements AutoCloseable {

    private final Map<String, BarcodeSource> sources = new LinkedHashMap<>();
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private final ScanListener fanOut = new ScanListener() {
        @Override
        public void onScan(ScannedCode code) {
            listeners.forEach(l -> l.onScan(code));
        }

        @Override
        public void onHealth(String sourceId, SourceHealth health) {
            listeners.forEach(l -> l.onHealth(sourceId, health));
        }
    };

    public void addListener(ScanListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ScanListener listener) {
        listeners.remove(listener);
    }

    /** Adds and starts a source; a source with the same id is stopped and replaced. */
    public void add(BarcodeSource source) {
        BarcodeSource old;
        synchronized (sources) {
            old = sources.put(source.id(), source);
        }
        if (old != null) {
            detach(old);
        }
        source.addListener(fanOut);
        source.start();
    }

    /** Stops and removes a source; unknown ids are ignored. */
    public void remove(String sourceId) {
        BarcodeSource old;
        synchronized (sources) {
            old = sources.remove(sourceId);
        }
        if (old != null) {
            detach(old);
        }
    }

    public Optional<BarcodeSource> get(String sourceId) {
        synchronized (sources) {
            return Optional.ofNullable(sources.get(sourceId));
        }
    }

    /** Health of every source, in the order they were added. */
    public Map<String, SourceHealth> health() {
        Map<String, SourceHealth> out = new LinkedHashMap<>();
        snapshot().forEach(s -> out.put(s.id(), s.health()));
        return out;
    }

    @Override
    public void close() {
        List<BarcodeSource> all = snapshot();
        synchronized (sources) {
            sources.clear();
        }
        all.forEach(this::detach);
    }

    private List<BarcodeSource> snapshot() {
        synchronized (sources) {
            return new ArrayList<>(sources.values());
        }
    }

    private void detach(BarcodeSource source) {
        source.stop();
        source.removeListener(fanOut);
    }
}
