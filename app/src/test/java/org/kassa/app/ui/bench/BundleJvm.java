package org.kassa.app.ui.bench;

/**
 * The bundle launcher's memory options ({@code --java-options} in jlink/build-image.sh, docs/decisions/0149):
 * the benchmarks that model the till window fork with them, so their figures are the bundle's.
 * BundleJvmOptionsTest keeps the two lists the same.
 */
final class BundleJvm {

    static final String GC = "-XX:+UseSerialGC";
    static final String MIN_HEAP = "-Xms32m";
    static final String MAX_HEAP = "-Xmx256m";
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";

    static final String[] ALL = {GC, MIN_HEAP, MAX_HEAP, TRIM_NATIVE_HEAP};

    private BundleJvm() {
    }
}
