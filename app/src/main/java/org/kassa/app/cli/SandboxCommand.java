package org.kassa.app.cli;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.sandbox.craftgate.CraftgateSandbox;
import org.kassa.sandbox.craftgate.CraftgateSandboxSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa sandbox}: the Koshelek Pay sandbox on 127.0.0.1 until stopped (docs/sandbox.md). */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {
            "Runs the Koshelek Pay API v1.2.1 sandbox on 127.0.0.1 until stopped (Ctrl-C or SIGTERM).",
            "When ready it prints one JSON line {\"baseUrl\", \"login\", \"password\"}.",
            "Tokens are checked with the TOTP parameters of the configuration (training defaults)."},
        footerHeading = "%nData triggers (kopecks; ending = totalAmount %% 100; all in docs/sandbox.md):%n",
        footer = {
            "  below 400    checkout: 422 TOTAL_AMOUNT_IS_TOO_SMALL",
            "  ending 01    pending, then rejected: PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER",
            "  ending 02    stays pending forever",
            "  ending 03    pending for 3 s, then accepted",
            "  ending 04    availability-info: DOLYAME available=false",
            "  ending 05    availability-info/task: 201 + Location, complete on the 3rd poll",
            "  ending 06    checkout: 422 NOT_ENOUGH_LIMIT_TO_PAY",
            "  ending 07    checkout: 200 with errorCode EXTERNAL_PROVIDER_ERROR",
            "  ending 08    status: rejected SUBSCRIPTION_IS_NOT_FOUND",
            "  ending 09    refund: rejected later, CANCEL_REFUNDING_BY_BANK",
            "  ending 10    refund: UNEXPECTED_REFUND_AMOUNT_LEFT_FROM_EXTERNAL_PROVIDER",
            "  ending 11    status: rejected PAYMENT_ORDER_IS_NOT_FOUND",
            "  ending 12    checkout: 422 with an unknown code (forward compatibility)",
            "  ending 13    status: unknown status on_hold and field, then accepted",
            "  other        pending, accepted 600 ms after checkout",
            "  cardSession 000000                        422 UNKNOWN_SESSION_ID",
            "  storeId 00000000-0000-0000-0000-000000000000  422 UNKNOWN_PARTNER_ID",
            "  same cardSession, new requestId    422 TRANSACTION_FOR_SESSION_ID_ALREADY_*",
            "  same requestId again               the first answer again, nothing changes"})
public final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TotpOptions totp;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1; 0 (default) picks a free one.")
    int port;

    @Option(names = "--postback", paramLabel = "URL",
            description = "Also POST every final status to this http(s) URL (the till's postback receiver).")
    URI postback;

    @Option(names = "--postback-auth", paramLabel = "LOGIN:PASSWORD", defaultValue = "training:training",
            description = "HTTP Basic credentials the sandbox presents to the postback URL (default training:training).")
    String postbackAuth;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port: " + port + " is out of range; allowed 0..65535");
        }
        SandboxSettings settings = SandboxSettings.training(totp.settings()).withPort(port);
        if (postback != null) {
            settings = settings.withPostback(postbackTarget());
        }
        PaySandbox sandbox;
        try {
            sandbox = PaySandbox.start(settings);
            sandbox.mount(CraftgateSandbox.MOUNT, new CraftgateSandbox(CraftgateSandboxSettings.training()));
        } catch (UncheckedIOException e) {
            throw new CommandFailure(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "kassa-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            spec.commandLine().getOut().println(Json.line(readyLine(sandbox)));
            spec.commandLine().getOut().flush();
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            return 0;   // stopped by whoever runs us in-process (tests)
        } finally {
            sandbox.close();
            removeHook(hook);
        }
    }

    private SandboxSettings.Postback postbackTarget() {
        int colon = postbackAuth.indexOf(':');
        if (colon < 1) {
            throw new ParameterException(spec.commandLine(), "--postback-auth: expected LOGIN:PASSWORD");
        }
        try {
            return new SandboxSettings.Postback(postback, postbackAuth.substring(0, colon), postbackAuth.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--postback: " + e.getMessage());
        }
    }

    private static Map<String, Object> readyLine(PaySandbox sandbox) {
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("baseUrl", sandbox.baseUrl().toString());
        ready.put("login", sandbox.login());
        ready.put("password", sandbox.password());
        return ready;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to undo
        }
    }
}
