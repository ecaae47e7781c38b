package org.kassa.till.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id hashes of PINs and supervisor cards, as PHC strings
 * ({@code $argon2id$v=19$m=32768,t=3,p=1$salt$hash}) so that the cost can be raised later and old hashes still
 * verify (docs/decisions/0130). The standard cost (32 MiB, 3 passes, 1 lane: above OWASP's 19 MiB × 2 minimum)
 * takes about 50-250 ms per check on a till: slow for a thief with the database, unnoticed by a supervisor.
 */
public final class PinHasher {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int lanes;
    private final SecureRandom random = new SecureRandom();

    public PinHasher(int memoryKib, int iterations, int lanes) {
        if (memoryKib < 8 * lanes || iterations < 1 || lanes < 1) {
            throw new IllegalArgumentException("Argon2id needs memory >= 8 KiB per lane, >= 1 pass, >= 1 lane");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.lanes = lanes;
    }

    /** The cost every till uses. */
    public static PinHasher standard() {
        return new PinHasher(32_768, 3, 1);
    }

    /** A fresh salted hash of {@code secret}. */
    public String hash(char[] secret) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = derive(secret, salt, memoryKib, iterations, lanes);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + lanes + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(out);
    }

    /** True when {@code secret} matches the stored hash (with the hash's own cost); false for a malformed hash. */
    public boolean matches(char[] secret, String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        if (m == null || !m.matches()) {
            return false;
        }
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = derive(secret, B64D.decode(m.group(4)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] secret, byte[] salt, int memory, int passes, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memory).withIterations(passes)
                .withParallelism(parallelism).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] password = new String(secret).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[32];
        try {
            generator.generateBytes(password, out);
            return out;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "PinHasher[argon2id m=" + memoryKib + " KiB, t=" + iterations + ", p=" + lanes + "]";
    }
}
