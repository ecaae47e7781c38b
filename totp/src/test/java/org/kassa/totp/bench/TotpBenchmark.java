package org.kassa.totp.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.kassa.totp.BarcodeGenerator;
import org.kassa.totp.BarcodeResult;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.FailureReason;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.Passcodes;
import org.kassa.totp.ResultCode;
import org.kassa.totp.TotpSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * barcodeVerify (valid, wrong password, not a Koshelek barcode) and getToken for a 1 KB checkout body, on the
 * system clock as at a till. SampleTime gives the percentiles (p50 is the target: at most 5 µs), AverageTime
 * the mean. Run: see docs/performance.md.
 */
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TotpBenchmark {

    private PasscodeVerify verify;
    private String valid;
    private String wrongPassword;
    private String plainCard;
    private byte[] checkoutBody;

    private BarcodeGenerator generator;

    @Setup
    public void setUp() {
        TotpSettings settings = TotpSettings.of("HMACSHA256", 8, "CM",
                "3132333435363738393031323334353637383930313233343536373839303132", 30, 6, "=");
        verify = Passcodes.kassa(settings, Clock.systemUTC(),
                DeskFingerprint.fixed("Intel(R) Celeron(R) N4020", "GenuineIntel", "till-0042", "192.168.1.20", "none"));
        generator = new BarcodeGenerator(settings);
        plainCard = "4601234567893";
        checkoutBody = checkoutBody();
    }

    /** Fresh barcodes for each 2 s iteration: a password from now stays in the ±1 step window for 30..60 s. */
    @Setup(Level.Iteration)
    public void freshBarcodes() {
        valid = generator.barcode("1234567891011", "A1G97N", System.currentTimeMillis() / 1000);
        String password = valid.substring(valid.length() - 8);
        wrongPassword = valid.substring(0, valid.length() - 8) + (password.charAt(0) == '9' ? '0' : '9')
                + password.substring(1);
        // Measure what the names say: a benchmark of the wrong path would be worthless.
        require(verify.barcodeVerify(valid).totpCodeValid(), "valid barcode is refused");
        require(verify.barcodeVerify(wrongPassword).failureReason() == FailureReason.WRONG_PASSWORD,
                "wrong password passes");
        require(verify.barcodeVerify(plainCard).resultCode() == ResultCode.ANOTHER_INSTANCE,
                "plain card is not ANOTHER_INSTANCE");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("benchmark set-up: " + problem);
        }
    }

    @Benchmark
    public BarcodeResult barcodeVerifyValid() {
        return verify.barcodeVerify(valid);
    }

    @Benchmark
    public BarcodeResult barcodeVerifyWrongPassword() {
        return verify.barcodeVerify(wrongPassword);
    }

    @Benchmark
    public BarcodeResult barcodeVerifyNotKoshelek() {
        return verify.barcodeVerify(plainCard);
    }

    @Benchmark
    public String getToken1KbCheckout() {
        return verify.getToken(checkoutBody);
    }

    /** A typical checkout request of about 1 KB: the body the token covers. */
    static byte[] checkoutBody() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; items.length() < 800; i++) {
            if (i > 0) {
                items.append(',');
            }
            items.append("{\"name\":\"Молоко 3,2% 1 л №").append(i).append("\",\"price\":8990,\"quantity\":1,")
                    .append("\"amount\":8990,\"measure\":\"PIECE\",\"vat\":\"VAT10\"}");
        }
        String body = "{\"requestId\":\"5f0c8a4e-9b1d-4c3a-8e2f-7a6b5c4d3e2f\",\"cardSession\":\"A1G97N\","
                + "\"totalAmount\":44950,\"currency\":\"RUB\",\"items\":[" + items + "]}";
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
