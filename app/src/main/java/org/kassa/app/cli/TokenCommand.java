package org.kassa.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.kassa.totp.Passcodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kassa token}: the {@code token} header for a request body. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Prints the Pay API 'token' header value for the exact bytes of FILE (a request body).")
public final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TotpOptions totp;

    @Option(names = "--at-millis", paramLabel = "MS", description = "Make it for this time (Unix milliseconds).")
    Long atMillis;

    @Parameters(index = "0", paramLabel = "FILE", description = "The request body, sent byte for byte.")
    Path file;

    @Override
    public Integer call() {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be read (" + e.getClass().getSimpleName()
                    + "); check the path and its permissions");
        }
        // The provider chosen by the ServiceLoader, as in the till (docs/decisions/0003): a vendor adapter on the
        // class path answers here too.
        Clock clock = atMillis == null ? Clock.systemUTC() : Clock.fixed(Instant.ofEpochMilli(atMillis), ZoneOffset.UTC);
        spec.commandLine().getOut().println(Passcodes.create(totp.settings(), clock).getToken(body));
        return 0;
    }
}
