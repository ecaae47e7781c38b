package org.kassa.totp.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kassa.totp.Algorithm;

/**
 * RFC 4226 one-time passwords over an arbitrary message (RFC 6238 uses the 8-byte counter as the message).
 * One keyed {@link Mac} per thread: {@code Mac.getInstance} is slow and a {@code Mac} is not thread-safe.
 */
public final class Hotp {

    private static final long[] POWERS_OF_TEN = new long[11];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final ThreadLocal<Mac> mac;
    private final int digits;

    public Hotp(Algorithm algorithm, byte[] key, int digits) {
        Mac prototype = newMac(algorithm, key);
        Arrays.fill(key, (byte) 0);
        this.mac = ThreadLocal.withInitial(() -> copy(prototype));
        this.digits = digits;
    }

    /** The password for a TOTP counter, as {@code digits} decimal digits with leading zeros. */
    public String password(long counter) {
        return format(truncate(mac.get().doFinal(ByteBuffer.allocate(8).putLong(counter).array())));
    }

    /** The password for a counter followed by extra bytes (used by request tokens). */
    public String password(long counter, byte[] extra) {
        Mac m = mac.get();
        m.update(ByteBuffer.allocate(8).putLong(counter).array());
        return format(truncate(m.doFinal(extra)));
    }

    /** Compares two passwords without leaking by timing where they differ. */
    public static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                actual.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static int truncate(byte[] hash) {
        int offset = hash[hash.length - 1] & 0x0f;
        return ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
    }

    private String format(int binary) {
        long value = binary % POWERS_OF_TEN[digits];
        String text = Long.toString(value);
        if (text.length() == digits) {
            return text;
        }
        StringBuilder padded = new StringBuilder(digits);
        for (int i = text.length(); i < digits; i++) {
            padded.append('0');
        }
        return padded.append(text).toString();
    }

    private static Mac newMac(Algorithm algorithm, byte[] key) {
        try {
            Mac m = Mac.getInstance(algorithm.jcaName());
            m.init(new SecretKeySpec(key, algorithm.jcaName()));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot compute " + algorithm, e);
        }
    }

    private static Mac copy(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC provider does not support cloning", e);
        }
    }
}
