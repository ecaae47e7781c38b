package org.kassa.totp;

import org.kassa.totp.internal.SystemFingerprint;

/**
 * The cash-desk fingerprint that starts every token, in the vendor's shape
 * {@code cpu;vendor;serial;epochMillis;ip;usbDevices}.
 */
@FunctionalInterface
public interface DeskFingerprint {

    /** The fingerprint text for a token made at {@code epochMillis}. */
    String at(long epochMillis);

    /** Read once from this machine (CPU, machine id, address, USB devices); only the time changes. */
    static DeskFingerprint system() {
        return SystemFingerprint.instance();
    }

    /** A fixed fingerprint for tests and the sandbox's own client. */
    static DeskFingerprint fixed(String cpu, String vendor, String serial, String ip, String usbDevices) {
        return millis -> String.join(";", cpu, vendor, serial, Long.toString(millis), ip, usbDevices);
    }
}
