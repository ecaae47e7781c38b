package org.kassa.app.cli;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kassa.app.cli.pay.DemoScenario;
import org.kassa.app.cli.pay.PayDemo;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.PayConfig;
import org.kassa.app.config.TotpConfig;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PaySettings;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TotpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa pay-demo}: a payment, a partial and a full refund against any Pay API base URL. */
@Command(name = "pay-demo", mixinStandardHelpOptions = true,
        description = {"Runs a complete payment, then a partial and a full refund, against a Pay API base URL "
                + "(the sandbox, a proxy in front of it, or a test endpoint), printing each request id, status and "
                + "outcome as JSON lines. Exit 0 only if the scenario ended as expected.",
                "Without --base-url it starts the built-in sandbox on 127.0.0.1 for the run."})
public final class PayDemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TotpOptions totp;

    @Option(names = "--base-url", paramLabel = "URL", description = "Pay API base URL, e.g. http://127.0.0.1:8089.")
    String baseUrl;

    @Option(names = "--login", paramLabel = "L", description = "HTTP Basic login (default: pay.login).")
    String login;

    @Option(names = "--password", paramLabel = "P", description = "HTTP Basic password (default: pay.password).")
    String password;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "standard",
            description = "standard (default), declined, slow-accept, async-availability, refund-canceled-by-bank.")
    String scenario;

    @Option(names = "--card-session", paramLabel = "SESSION",
            description = "The card session from a customer's barcode (default: a fresh random one, for the sandbox).")
    String cardSession;

    @Override
    public Integer call() {
        DemoScenario chosen = scenario();
        ConfigFile config = totp.configuration();
        TotpSettings totpSettings = TotpConfig.settings(config);
        PaySandbox sandbox = baseUrl == null ? PaySandbox.start(SandboxSettings.training(totpSettings)) : null;
        try {
            URI url = sandbox != null ? sandbox.baseUrl() : parseUrl();
            PaySettings settings = PayConfig.settings(config, url).withCredentials(
                    login != null ? login : sandbox != null ? sandbox.login() : config.string("pay.login"),
                    password != null ? password : sandbox != null ? sandbox.password() : config.string("pay.password"));
            try (PayClient client = PayClient.create(settings, Passcodes.create(totpSettings), PayConfig.tips(config))) {
                boolean ok = new PayDemo(client, spec.commandLine().getOut())
                        .run(chosen, cardSession != null ? cardSession : randomSession(totpSettings), "1234567891011");
                if (!ok) {
                    throw new CommandFailure("scenario '" + chosen.cliName() + "' did not end as expected; "
                            + "see the 'unexpected' line above and the operator tip of the last state");
                }
                return 0;
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private DemoScenario scenario() {
        return Arrays.stream(DemoScenario.values()).filter(s -> s.cliName().equals(scenario.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), "--scenario: '" + scenario
                        + "' is unknown; allowed: " + Arrays.stream(DemoScenario.values()).map(DemoScenario::cliName)
                        .collect(Collectors.joining(", "))));
    }

    private URI parseUrl() {
        try {
            URI uri = URI.create(baseUrl);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base-url: '" + baseUrl
                    + "' is not an http(s) URL; e.g. http://127.0.0.1:8089 or https://api-test.koshelek.app");
        }
    }

    private static String randomSession(TotpSettings totp) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < totp.cardSessionLength(); i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
