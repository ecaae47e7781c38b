package org.kassa.scanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.kassa.scanner.image.BarcodeDecoder;
import org.kassa.scanner.image.DecodedCode;
import org.kassa.scanner.image.Frame;
import org.kassa.scanner.image.Generator;
import org.kassa.scanner.image.VideoFrames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decode time of one 1280x720 camera frame (video mode, one thread): with a TOTP barcode from each
 * generator in it, and with no code at all (the common case between customers). Target: 30 frames/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBench {

    @Param({"ZINT_QR", "ZINT_DATAMATRIX", "ZINT_CODE128", "ZINT_PDF417"})
    public String generator;

    private Frame withCode;
    private Frame empty;
    private BarcodeDecoder decoder;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("kassa-bench");
        byte[] payload = "CM1234567891011=A1G97N=49203817".getBytes(StandardCharsets.UTF_8);
        withCode = VideoFrames.place(Generator.valueOf(generator).image(payload, dir, "code"), 1280, 720, 1);
        empty = VideoFrames.place(null, 1280, 720, 2);
        decoder = new BarcodeDecoder(BarcodeDecoder.Mode.VIDEO);
        if (decoder.decode(withCode).isEmpty() && decoder.decode(withCode).isEmpty()) {
            throw new IllegalStateException(generator + ": the benchmark frame does not decode");
        }
    }

    /** CPU time of this thread per frame: what one core needs, whatever else the shared machine runs. */
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuAtStart;
    private long frames;

    @Setup(Level.Iteration)
    public void startCpuClock() {
        cpuAtStart = threads.getCurrentThreadCpuTime();
        frames = 0;
    }

    @TearDown(Level.Iteration)
    public void printCpuPerFrame() {
        System.out.printf("  [cpu %.2f ms/frame over %d frames]%n",
                (threads.getCurrentThreadCpuTime() - cpuAtStart) / 1e6 / Math.max(1, frames), frames);
    }

    @Benchmark
    public Optional<DecodedCode> frameWithCode() {
        frames++;
        return decoder.decode(withCode);
    }

    @Benchmark
    public Optional<DecodedCode> frameWithoutCode() {
        frames++;
        return decoder.decode(empty);
    }
}
