package org.kassa.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.scanner.Recorder;
import org.kassa.scanner.SourceHealth.State;
import org.kassa.scanner.serial.SerialSettings.Terminator;

/** jSerialComm on real pseudo-terminals from socat; waits are generous upper bounds, never speed checks. */
class SerialScannerSourceTest {

    static final String TOTP = "CM1234567891011=A1G97N=49203817";

    @TempDir
    Path dir;

    final Recorder recorder = new Recorder();
    Socat socat;
    SerialScannerSource source;

    void start(Terminator terminator, java.nio.charset.Charset charset) throws Exception {
        socat = new Socat(dir).start();
        startSource(9600, terminator, charset);
        recorder.awaitHealth(State.READY, "");
    }

    void startSource(int baud, Terminator terminator, java.nio.charset.Charset charset) {
        source = new SerialScannerSource(new SerialSettings(socat.port.toString(), baud,
                SerialSettings.Framing.parse("8N1"), terminator, Duration.ofMillis(80), charset,
                Duration.ofMillis(100)));
        source.addListener(recorder);
        source.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (source != null) {
            source.stop();
        }
        if (socat != null) {
            socat.close();
        }
    }

    String next() throws InterruptedException {
        return recorder.nextText();
    }

    @Test
    void burstOfCodesArrivesWholeAndInOrder() throws Exception {
        start(Terminator.CR, StandardCharsets.UTF_8);
        socat.send((TOTP + "\rCM1234567891011=49203817\r2000012345678\r").getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo(TOTP);
        assertThat(next()).isEqualTo("CM1234567891011=49203817");
        assertThat(next()).isEqualTo("2000012345678");
        assertThat(recorder.scans.peek()).isNull();
        assertThat(source.id()).isEqualTo("serial:" + socat.port);
    }

    @Test
    void frameSplitAcrossWritesIsOneCodeAndCyrillicUtf8Survives() throws Exception {
        start(Terminator.CRLF, StandardCharsets.UTF_8);
        byte[] code = ("Кошелёк\u001D" + TOTP + "\r\n").getBytes(StandardCharsets.UTF_8);
        socat.send(java.util.Arrays.copyOfRange(code, 0, 5)); // cuts the Cyrillic 'ш' in half
        Thread.sleep(300);
        socat.send(java.util.Arrays.copyOfRange(code, 5, code.length));
        assertThat(next()).isEqualTo("Кошелёк\u001D" + TOTP);
    }

    @Test
    void binaryPayloadKeepsEveryByte() throws Exception {
        start(Terminator.LF, StandardCharsets.ISO_8859_1);
        byte[] frame = new byte[256];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (b != '\n') {
                frame[n++] = (byte) b;
            }
        }
        frame[n++] = '\n';
        socat.send(java.util.Arrays.copyOf(frame, n));
        byte[] back = next().getBytes(StandardCharsets.ISO_8859_1);
        assertThat(back).isEqualTo(java.util.Arrays.copyOf(frame, n - 1));
    }

    @Test
    void withoutTerminatorSilenceEndsEachCode() throws Exception {
        start(Terminator.NONE, StandardCharsets.UTF_8);
        socat.send("2000012345678".getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo("2000012345678");
        socat.send(TOTP.getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo(TOTP);
    }

    @Test
    void unplugAndReplugNeedNoRestart() throws Exception {
        start(Terminator.CR, StandardCharsets.UTF_8);
        socat.send("FIRST1\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo("FIRST1");

        socat.unplug();
        assertThat(recorder.awaitHealth(State.DISCONNECTED, "unplugged").detail()).contains(socat.port.toString());

        socat.start();
        recorder.awaitHealth(State.READY, "");
        socat.send((TOTP + "\r").getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo(TOTP);
    }

    @Test
    void missingPortIsReportedAndPickedUpWhenItAppears() throws Exception {
        socat = new Socat(dir);
        startSource(115200, Terminator.CR, StandardCharsets.UTF_8);
        assertThat(recorder.awaitHealth(State.DISCONNECTED, "plug the scanner in").detail()).contains(socat.port.toString());
        socat.start();
        recorder.awaitHealth(State.READY, "");
        socat.send("LATE42\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo("LATE42");
    }
}
