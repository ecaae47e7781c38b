package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kassa scan-image} and {@code kassa scan} on images made by zint/qrencode and a socat pty pair. */
class ScanCommandsTest {

    static final String TOTP = "CM1234567891011=A1G97N=49203817";

    @TempDir
    Path dir;

    record Run(int exit, List<JsonNode> lines, String err) {
    }

    static Run kassa(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KassaCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return new Run(exit, lines, err.toString());
    }

    Path tool(String name, String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).as(String.join(" ", command)).isTrue();
        return dir.resolve(name);
    }

    @Test
    void scanImagePrintsOneLinePerFileAndFailsIfAnyHadNoCode() throws Exception {
        Path qr = tool("qr.png", "qrencode", "-8", "-o", dir.resolve("qr.png").toString(), TOTP);
        Path pdf = tool("pdf.png", "zint", "--barcode=55", "-d", "CM1234567891011=49203817", "-o",
                dir.resolve("pdf.png").toString());
        Path junk = Files.writeString(dir.resolve("junk.png"), "not an image");

        Run r = kassa("scan-image", qr.toString(), pdf.toString(), junk.toString(), dir.resolve("gone.png").toString(),
                dir.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.lines).hasSize(5);
        assertThat(r.lines.get(0).get("text").asText()).isEqualTo(TOTP);
        assertThat(r.lines.get(0).get("format").asText()).isEqualTo("QR_CODE");
        assertThat(r.lines.get(1).get("text").asText()).isEqualTo("CM1234567891011=49203817");
        assertThat(r.lines.get(1).get("format").asText()).isEqualTo("PDF_417");
        assertThat(r.lines.get(2).get("error").asText()).contains("use PNG, JPEG");
        assertThat(r.lines.get(3).get("error").asText()).contains("no such file");
        assertThat(r.lines.get(4).get("error").asText()).contains("is a folder");
        assertThat(r.err).contains("3 of 5 files had no readable code");
    }

    @Test
    void scanReadsAFolderOfTrainingImagesAsACamera() throws Exception {
        Path film = Files.createDirectories(dir.resolve("film"));
        tool("film/1.png", "qrencode", "-8", "-o", film.resolve("1.png").toString(), TOTP);
        tool("film/2.png", "zint", "--barcode=71", "-d", "2000012345678", "-o", film.resolve("2.png").toString());

        Run r = kassa("scan", "--source", "image:" + film, "--count", "2", "--timeout", "60");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.lines).extracting(n -> n.get("text").asText()).containsExactly(TOTP, "2000012345678");
        assertThat(r.lines).extracting(n -> n.get("format").asText()).containsExactly("QR_CODE", "DATA_MATRIX");
        assertThat(r.lines.get(0).get("source").asText()).isEqualTo("image:" + film);
    }

    @Test
    void scanReadsASerialScannerOnARealPty() throws Exception {
        Path port = dir.resolve("ttyScanner");
        Path device = dir.resolve("ttyDevice");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + port, "pty,raw,echo=0,link=" + device)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(device); i++) {
                Thread.sleep(50);
            }
            CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return kassa("scan", "--source", "serial:" + port + ",baud=115200,terminator=lf",
                            "--count", "1", "--timeout", "30");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Run r = null;
            for (int i = 0; i < 100 && r == null; i++) { // send until the command has opened the port
                try (OutputStream out = Files.newOutputStream(device)) {
                    out.write((TOTP + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                try {
                    r = run.get(200, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException notYet) {
                    // the port was not open yet; those bytes went nowhere
                }
            }
            assertThat(r).isNotNull();
            assertThat(r.exit).as(r.err).isZero();
            assertThat(r.lines).singleElement().satisfies(n -> {
                assertThat(n.get("text").asText()).isEqualTo(TOTP);
                assertThat(n.get("source").asText()).isEqualTo("serial:" + port);
                assertThat(n.get("format").isNull()).isTrue();
            });
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void badSourcesAreUsageErrorsThatSayWhatToWrite() throws Exception {
        Run unknown = kassa("scan", "--source", "usb:1", "--count", "1");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("--source: unknown source kind 'usb'").contains("serial:/dev/ttyACM0");

        Run baud = kassa("scan", "--source", "serial:/dev/ttyS0,baud=fast");
        assertThat(baud.exit).isEqualTo(2);
        assertThat(baud.err).contains("baud: 'fast' is not a whole number");

        Run none = kassa("scan", "--timeout", "1");
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).contains("none given and none configured");
    }

    @Test
    void listPortsPrintsOneJsonLinePerPort() throws Exception {
        Run r = kassa("scan", "--list-ports");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.lines).allSatisfy(n -> assertThat(n.get("port").asText()).startsWith("/dev/"));
    }

    @Test
    void timeoutWithoutEnoughCodesFailsWithAHint() throws Exception {
        Run r = kassa("scan", "--source", "serial:" + dir.resolve("nothing-here"), "--count", "1", "--timeout", "1");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("timed out after 1 s with 0 of 1 codes").contains("plug the scanner in");
    }
}
