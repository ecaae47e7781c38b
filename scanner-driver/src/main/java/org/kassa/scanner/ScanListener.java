package org.kassa.scanner;

/**
 * Receives what barcode sources report. Called on the source's own thread (the UI thread for the
 * keyboard wedge): hand work over to your own executor if it is slow.
 */
public interface ScanListener {

    void onScan(ScannedCode code);

    /** A source changed health (device unplugged, reconnected, failed). */
    default void onHealth(String sourceId, SourceHealth health) {
    }
}
