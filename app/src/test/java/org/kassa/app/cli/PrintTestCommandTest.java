package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kassa print-test} as a merchant runs it: exit codes, JSON line, one-line reasons. */
class PrintTestCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run kassa(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KassaCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainingDefaultPrintsOnTheVirtualPrinterAndWritesAPreview(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("test.png");
        Run run = kassa("print-test", "--preview", png.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"printer\":\"virtual\"", "\"profile\":\"epson\"", "\"status\":\"PRINTED\"",
                "\"warnings\":[]");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(576);
    }

    @Test
    void aFilePrinterGetsTheBytesWithTheCloneProfile(@TempDir Path dir) throws IOException {
        Path lp = dir.resolve("lp0");
        Run run = kassa("print-test", "--printer", "file:" + lp, "--profile", "clone-58", "--language", "en");
        assertThat(run.code()).isZero();
        byte[] bytes = Files.readAllBytes(lp);
        assertThat(bytes).startsWith(0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, 17);
        assertThat(run.out()).contains("\"bytes\":" + bytes.length);
    }

    @Test
    void anUnreachablePrinterExitsOneWithTheReason() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run run = kassa("print-test", "--printer", "tcp://127.0.0.1:" + port);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("kassa: printer tcp://127.0.0.1:" + port + ": OFFLINE: ")
                .contains("check that the printer is on");
    }

    @Test
    void aBadAddressOrProfileExitsTwoNamingTheFlag() {
        Run address = kassa("print-test", "--printer", "lpt1");
        assertThat(address.code()).isEqualTo(2);
        assertThat(address.err()).contains("--printer: 'lpt1' is not a printer address");
        Run profile = kassa("print-test", "--profile", "epsom");
        assertThat(profile.code()).isEqualTo(2);
        assertThat(profile.err()).contains("--profile: unknown printer profile 'epsom'");
    }
}
