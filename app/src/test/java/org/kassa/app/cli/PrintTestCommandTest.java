package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.SlipData;
import org.kassa.printer.Slips;
import org.junit.jupiter.api.Test;

/**
 * {@code kassa print-test} as a merchant runs it: exit codes, JSON line, one-line reasons and warnings. Every
 * run names its own configuration file under target/, so a developer's ~/.kassa never leaks in.
 */
class PrintTestCommandTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    private record Run(int code, String out, String err) {
    }

    private static Run kassa(String config, String... args) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "print-test-config"));
        Path file = Files.writeString(dir.resolve("kassa-" + System.nanoTime() + ".properties"), config);
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = file.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KassaCli.execute(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainingDefaultPrintsOnTheVirtualPrinterAndWritesAPreview() throws IOException {
        Path png = output("test.png");
        Run run = kassa("", "print-test", "--preview", png.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"printer\":\"virtual\"", "\"profile\":\"epson\"", "\"status\":\"PRINTED\"",
                "\"warnings\":[]");
        assertThat(run.err()).isEmpty();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(576);
    }

    @Test
    void aFilePrinterGetsTheBytesWithTheCloneProfile() throws IOException {
        Path lp = output("lp0");
        Run run = kassa("", "print-test", "--printer", "file:" + lp, "--profile", "clone-58", "--language", "en");
        assertThat(run.code()).isZero();
        byte[] bytes = Files.readAllBytes(lp);
        assertThat(bytes).startsWith(0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, 17);
        assertThat(run.out()).contains("\"bytes\":" + bytes.length, "\"status\":\"PRINTED\"");
    }

    @Test
    void aPrinterThatTakesTheJobButNeverAnswersPrintsWithAOneLineWarning() throws Exception {
        try (ServerSocket listener = loopbackListener()) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(listener));
            String address = "tcp://127.0.0.1:" + listener.getLocalPort();
            Run run = kassa("printer.timeoutMs = 3000\n", "print-test", "--printer", address);

            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("\"printer\":\"" + address + "\"", "\"status\":\"PRINTED_STATUS_UNKNOWN\"");
            assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("kassa: warning: printer " + address + ": status unknown: ")
                    .contains("DLE EOT", "status.mode = off", "неизвестно"));
            // the listener got one unanswered status query, then the whole test page
            byte[] page = Slips.testPage(PrinterProfiles.named("epson"), SlipData.sample(true),
                    Locale.forLanguageTag("ru")).bytes();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes(new byte[] {0x10, 0x04, 0x01});
            expected.writeBytes(page);
            assertThat(received.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void theWarningFollowsTheOperatorLanguage() throws Exception {
        try (ServerSocket listener = loopbackListener()) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(listener));
            Run run = kassa("printer.timeoutMs = 1500\nui.language = en\n", "print-test", "--printer",
                    "tcp://127.0.0.1:" + listener.getLocalPort());
            assertThat(run.code()).isZero();
            assertThat(run.err()).contains("whether it printed is unknown", "status.mode = off")
                    .doesNotContainPattern("[А-Яа-я]");
            assertThat(received.get(BOUND.toSeconds(), TimeUnit.SECONDS)).startsWith(0x10, 0x04, 0x01, 0x1B, 0x40);
        }
    }

    @Test
    void aPrinterThatRefusesTheConnectionExitsOneWithTheReasonAndWhatToDo() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Run run = kassa("", "print-test", "--printer", "tcp://127.0.0.1:" + port);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("kassa: printer tcp://127.0.0.1:" + port + ": OFFLINE: cannot connect")
                .contains("Проверьте, что он включён").hasLineCount(1);
        Run english = kassa("ui.language = en\n", "print-test", "--printer", "tcp://127.0.0.1:" + port);
        assertThat(english.code()).isEqualTo(1);
        assertThat(english.err()).contains("Check that it is switched on");
    }

    @Test
    void aBadAddressOrProfileExitsTwoNamingTheFlag() throws IOException {
        Run address = kassa("", "print-test", "--printer", "lpt1");
        assertThat(address.code()).isEqualTo(2);
        assertThat(address.err()).contains("--printer: 'lpt1' is not a printer address");
        Run profile = kassa("", "print-test", "--profile", "epsom");
        assertThat(profile.code()).isEqualTo(2);
        assertThat(profile.err()).contains("--profile: unknown printer profile 'epsom'");
    }

    /** A fresh output file under target/. */
    private static Path output(String name) throws IOException {
        Path file = Files.createDirectories(Path.of("target", "print-test-out")).resolve(name);
        Files.deleteIfExists(file);
        return file;
    }

    private static ServerSocket loopbackListener() throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listener.setSoTimeout((int) BOUND.toMillis());
        return listener;
    }

    /** A raw sink: accepts one connection, reads until the till closes it, never answers; every wait bounded. */
    private static byte[] readAll(ServerSocket listener) {
        try (Socket s = listener.accept(); InputStream in = s.getInputStream()) {
            s.setSoTimeout((int) BOUND.toMillis());
            return in.readAllBytes();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the till did not connect, or did not close, within " + BOUND.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
