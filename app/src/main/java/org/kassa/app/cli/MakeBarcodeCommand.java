package org.kassa.app.cli;

import java.util.concurrent.Callable;
import org.kassa.totp.BarcodeGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa make-barcode}: the barcode the Koshelek app would show (training mode, tests, demos). */
@Command(name = "make-barcode", mixinStandardHelpOptions = true,
        description = "Prints the loyalty barcode the Koshelek app would show for a card at a given time.")
public final class MakeBarcodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TotpOptions totp;

    @Option(names = "--card", required = true, paramLabel = "NUMBER", description = "Card number, 1..32 Latin letters or digits.")
    String card;

    @Option(names = "--session", paramLabel = "S", description = "Koshelek Pay card session; leave out for a card without Koshelek Pay.")
    String session;

    @Option(names = "--at", paramLabel = "UNIX_SECONDS", description = "Make it for this time instead of now.")
    Long at;

    @Override
    public Integer call() {
        BarcodeGenerator generator = new BarcodeGenerator(totp.settings());
        long when = at == null ? System.currentTimeMillis() / 1000 : at;
        try {
            spec.commandLine().getOut().println(generator.barcode(card, session, when));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (e.getMessage().startsWith("card session")
                    ? "--session: " : "--card: ") + e.getMessage());
        }
        return 0;
    }
}
