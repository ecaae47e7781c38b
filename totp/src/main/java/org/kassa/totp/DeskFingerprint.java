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

    /**
     * A fixed fingerprint for tests and the sandbox's own client. A ';' inside a field becomes ',' so that the
     * fingerprint keeps exactly six fields (a token verifier refuses any other count).
     */
    static DeskFingerprint fixed(String cpu, String vendor, String serial, String ip, String usbDevices) {
        String before = String.join(";", field(cpu), field(vendor), field(serial)) + ';';
        String after = ';' + field(ip) + ';' + field(usbDevices);
        return millis -> before + millis + after;
    }

    /** One field of the fingerprint: never null, never containing the field separator. */
    private static String field(String value) {
        return value == null || value.isEmpty() ? "unknown" : value.replace(';', ',');
    }
}
