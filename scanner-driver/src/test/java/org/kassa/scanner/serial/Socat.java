package org.kassa.scanner.serial;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kassa.scanner.Tools;

/**
 * A real pseudo-terminal pair made by socat: the scanner end (opened by jSerialComm through its link) and
 * the device end (where the test writes what a scanner would send). Stopping it is "unplugging the cable".
 */
final class Socat implements AutoCloseable {

    final Path port;
    final Path device;
    private Process process;

    Socat(Path dir) {
        this.port = dir.resolve("ttyScanner");
        this.device = dir.resolve("ttyDevice");
    }

    Socat start() throws IOException, InterruptedException {
        Tools.require("socat");
        process = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + port, "pty,raw,echo=0,link=" + device)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !(Files.exists(port) && Files.exists(device)); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(port)) {
            throw new IOException("socat did not create " + port);
        }
        return this;
    }

    /** Writes bytes as the scanner would send them. */
    void send(byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(device)) {
            out.write(bytes);
            out.flush();
        }
    }

    void unplug() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            unplug();
        }
    }
}
