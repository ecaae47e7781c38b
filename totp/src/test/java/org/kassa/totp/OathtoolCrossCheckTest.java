package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-check against {@code oathtool} (OATH Toolkit, Debian package {@code oathtool}), an independent
 * RFC 6238 implementation: its passwords pass our barcodeVerify, and it accepts the passwords in our barcodes.
 * A missing oathtool fails the test on purpose: CI installs it (.ci/install-test-tools).
 */
class OathtoolCrossCheckTest {

    private static final int CASES_PER_DIRECTION = 150;

    /** One random configuration: algorithm, key, digits, step, and a time. */
    record Case(Algorithm algorithm, String keyHex, int digits, int interval, long time) {

        TotpSettings settings() {
            return new TotpSettings(algorithm, digits, "CM", keyHex, interval, 6, "=", 0);
        }

        List<String> oathtool(String... extra) {
            List<String> command = new ArrayList<>(List.of("oathtool",
                    "--totp=" + (algorithm == Algorithm.HMACSHA1 ? "SHA1" : "SHA256"),
                    "-d", Integer.toString(digits), "-s", interval + "s", "-w", "0", "-N", "@" + time, keyHex));
            command.addAll(List.of(extra));
            return command;
        }
    }

    @BeforeAll
    static void requireOathtool() {
        boolean found = Path.of("/usr/bin/oathtool").toFile().canExecute()
                || System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(":"))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "oathtool")));
        if (!found) {
            fail("oathtool is not installed: it is the independent TOTP oracle of this test. "
                    + "Install the Debian package 'oathtool' (apt-get install oathtool), or run .ci/install-test-tools");
        }
    }

    @Test
    void passwordsFromOathtoolPassOurBarcodeVerify() throws Exception {
        Random random = new Random(6238);
        for (int i = 0; i < CASES_PER_DIRECTION; i++) {
            Case c = randomCase(random);
            String password = run(c.oathtool());
            assertThat(password).as("oathtool output for %s", c).matches("[0-9]{" + c.digits() + "}");
            String barcode = "CM" + (1000 + i) + "=" + (i % 2 == 0 ? "Q2W3E4=" : "") + password;
            BarcodeResult r = Fixtures.verifierAt(c.settings(), c.time()).barcodeVerify(barcode);
            assertThat(r.totpCodeValid()).as("our verdict on oathtool's %s for %s", barcode, c).isTrue();
            assertThat(new BarcodeGenerator(c.settings()).password(c.time())).as("%s", c).isEqualTo(password);
        }
    }

    @Test
    void oathtoolAcceptsThePasswordsInOurBarcodes() throws Exception {
        Random random = new Random(4226);
        for (int i = 0; i < CASES_PER_DIRECTION; i++) {
            Case c = randomCase(random);
            String barcode = new BarcodeGenerator(c.settings()).barcode("CARD" + i, null, c.time());
            String password = barcode.substring(barcode.lastIndexOf('=') + 1);
            // oathtool prints the matching window position (0) and exits 0 when it accepts the password.
            assertThat(run(c.oathtool(password))).as("oathtool's verdict on %s for %s", password, c).isEqualTo("0");
        }
    }

    private static Case randomCase(Random random) {
        byte[] key = new byte[1 + random.nextInt(64)];
        random.nextBytes(key);
        Algorithm algorithm = random.nextBoolean() ? Algorithm.HMACSHA1 : Algorithm.HMACSHA256;
        int interval = random.nextInt(4) == 0 ? 30 : 1 + random.nextInt(600);
        long time = random.nextInt(5) == 0 ? random.nextInt(100_000) : (long) (random.nextDouble() * 40_000_000_000L);
        return new Case(algorithm, HexFormat.of().formatHex(key), 6 + random.nextInt(3), interval, time);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = p.waitFor();
        assertThat(exit).as("%s exited with %d: %s", command.subList(0, command.size() - 1), exit, output).isZero();
        return output;
    }
}
