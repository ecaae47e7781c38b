package org.kassa.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.kassa.scanner.SourceHealth.State;
import org.kassa.scanner.serial.SerialSettings.Terminator;

/** jSerialComm on real pseudo-terminals from socat; waits are generous upper bounds, never speed checks. */
class SerialScannerSourceTest {

    static final String TOTP = "CM1234567891011=A1G97N=49203817";

    @TempDir
    Path dir;

    final BlockingQueue<ScannedCode> scans = new LinkedBlockingQueue<>();
    final BlockingQueue<SourceHealth> health = new LinkedBlockingQueue<>();
    Socat socat;
    SerialScannerSource source;

    SerialScannerSource start(Terminator terminator, java.nio.charset.Charset charset) throws Exception {
        socat = new Socat(dir).start();
        source = new SerialScannerSource(new SerialSettings(socat.port.toString(), 9600,
                SerialSettings.Framing.parse("8N1"), terminator, Duration.ofMillis(80), charset,
                Duration.ofMillis(100)));
        source.addListener(new ScanListener() {
            @Override
            public void onScan(ScannedCode code) {
                scans.add(code);
            }

            @Override
            public void onHealth(String sourceId, SourceHealth h) {
                health.add(h);
            }
        });
        source.start();
        awaitState(State.READY);
        return source;
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
        ScannedCode code = scans.poll(10, TimeUnit.SECONDS);
        assertThat(code).as("a scan within 10 s").isNotNull();
        return code.text();
    }

    void awaitState(State state) throws InterruptedException {
        awaitState(state, "");
    }

    SourceHealth awaitState(State state, String detail) throws InterruptedException {
        for (SourceHealth h = health.poll(10, TimeUnit.SECONDS); ; h = health.poll(10, TimeUnit.SECONDS)) {
            assertThat(h).as("health %s within 10 s", state).isNotNull();
            if (h.state() == state && h.detail().contains(detail)) {
                return h;
            }
        }
    }

    @Test
    void burstOfCodesArrivesWholeAndInOrder() throws Exception {
        start(Terminator.CR, StandardCharsets.UTF_8);
        socat.send((TOTP + "\rCM1234567891011=49203817\r2000012345678\r").getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo(TOTP);
        assertThat(next()).isEqualTo("CM1234567891011=49203817");
        assertThat(next()).isEqualTo("2000012345678");
        assertThat(scans.peek()).isNull();
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
        assertThat(awaitState(State.DISCONNECTED, "unplugged").detail()).contains(socat.port.toString());

        socat.start();
        awaitState(State.READY);
        socat.send((TOTP + "\r").getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo(TOTP);
    }

    @Test
    void missingPortIsReportedAndPickedUpWhenItAppears() throws Exception {
        socat = new Socat(dir);
        source = new SerialScannerSource(new SerialSettings(socat.port.toString(), 115200,
                SerialSettings.Framing.parse("8N1"), Terminator.CR, Duration.ofMillis(80), StandardCharsets.UTF_8,
                Duration.ofMillis(100)));
        source.addListener(new ScanListener() {
            @Override
            public void onScan(ScannedCode code) {
                scans.add(code);
            }

            @Override
            public void onHealth(String sourceId, SourceHealth h) {
                health.add(h);
            }
        });
        source.start();
        assertThat(awaitState(State.DISCONNECTED, "plug the scanner in").detail()).contains(socat.port.toString());
        socat.start();
        awaitState(State.READY);
        socat.send("LATE42\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(next()).isEqualTo("LATE42");
    }
}
