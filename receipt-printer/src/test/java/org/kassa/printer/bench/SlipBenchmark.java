package org.kassa.printer.bench;

import java.util.concurrent.TimeUnit;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.SlipData;
import org.kassa.printer.Slips;
import org.kassa.printer.testing.Samples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Bytes of one Koshelek slip: the budget is well under 1 ms, so printing never delays the checkout. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlipBenchmark {

    private final PrinterProfile epson = PrinterProfiles.named("epson");
    private final PrinterProfile clone = PrinterProfiles.named("clone-58");
    private final SlipData slip = Samples.slip(Samples.sbpPayment());

    /** Native QR ({@code GS ( k}): text layout and code-page encoding only. */
    @Benchmark
    public byte[] slipNativeQr() {
        return Slips.koshelekSlip(epson, slip, Slips.RUSSIAN).bytes();
    }

    /** Raster QR ({@code GS v 0}): also makes the QR matrix with ZXing and packs it into bits. */
    @Benchmark
    public byte[] slipRasterQr() {
        return Slips.koshelekSlip(clone, slip, Slips.RUSSIAN).bytes();
    }
}
