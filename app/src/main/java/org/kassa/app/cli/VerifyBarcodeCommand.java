package org.kassa.app.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.totp.BarcodeResult;
import org.kassa.totp.Passcodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kassa verify-barcode}: what the till would decide for a scanned loyalty barcode. */
@Command(name = "verify-barcode", mixinStandardHelpOptions = true,
        description = "Verifies a Koshelek loyalty barcode and prints {resultCode, totpCodeValid, cardNumber, "
                + "cardSession, fullBarcode} as one JSON line. Always exits 0 for any barcode.")
public final class VerifyBarcodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TotpOptions totp;

    @Option(names = "--at", paramLabel = "UNIX_SECONDS", description = "Verify as if it were this time.")
    Long at;

    @Parameters(index = "0", paramLabel = "BARCODE",
            description = "The barcode text exactly as scanned (put -- before it if it starts with a dash).")
    String barcode;

    @Override
    public Integer call() {
        if (at != null && (at < Instant.MIN.getEpochSecond() || at > Instant.MAX.getEpochSecond())) {
            throw new ParameterException(spec.commandLine(), "--at: " + at + " is out of range; allowed "
                    + Instant.MIN.getEpochSecond() + ".." + Instant.MAX.getEpochSecond() + " (Unix seconds)");
        }
        // The provider chosen by the ServiceLoader, as in the till (docs/decisions/0003): a vendor adapter on the
        // class path answers here too.
        Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(Instant.ofEpochSecond(at), ZoneOffset.UTC);
        BarcodeResult r = Passcodes.create(totp.settings(), clock).barcodeVerify(barcode);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resultCode", r.resultCode().name());
        json.put("totpCodeValid", r.totpCodeValid());
        json.put("cardNumber", r.cardNumber());
        json.put("cardSession", r.cardSession());
        json.put("fullBarcode", r.fullBarcode());
        spec.commandLine().getOut().println(Json.line(json));
        return 0;
    }
}
