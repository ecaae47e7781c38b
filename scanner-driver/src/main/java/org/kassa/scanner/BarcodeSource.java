package org.kassa.scanner;

/**
 * Something that reads barcodes: a keyboard-wedge scanner, a serial scanner, a camera or a folder of images.
 * Sources are started and stopped at any time (also repeatedly) and never throw from {@link #start()}
 * because a device is missing: they report it through {@link #health()} and keep trying.
 */
public interface BarcodeSource {

    /** Stable id, shown to the operator and carried by every {@link ScannedCode}, e.g. {@code serial:/dev/ttyACM0}. */
    String id();

    void start();

    void stop();

    SourceHealth health();

    void addListener(ScanListener listener);

    void removeListener(ScanListener listener);
}
