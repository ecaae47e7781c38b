package org.kassa.app.cli.mealcard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.config.MealCardConfig;
import org.kassa.payclient.callback.CallbackRules;
import org.kassa.payclient.craftgate.CallbackHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa mealcard verify-callback}: would the receiver accept these callback parameters? */
@Command(name = "verify-callback", mixinStandardHelpOptions = true,
        description = "Checks a meal-card callback's hash as the receiver does. Prints 'valid' (exit 0) or "
                + "'invalid: REASON' (exit 1).")
public final class VerifyCallbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--key", paramLabel = "KEY", description = "Merchant callback key (default: mealcard.callbackKey).")
    String key;

    @Parameters(arity = "1..*", paramLabel = "NAME=VALUE",
            description = "The callback's parameters, hash and hashParams among them.")
    List<String> pairs;

    @Override
    public Integer call() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "NAME=VALUE expected, got '" + pair + "'");
            }
            if (params.put(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
                throw new ParameterException(spec.commandLine(), pair.substring(0, eq) + " is given twice");
            }
        }
        String callbackKey = key != null ? key : MealCardConfig.callbackKey(config.load());
        CallbackHash.Check check = CallbackRules.check(params, callbackKey);
        spec.commandLine().getOut().println(check.valid() ? "valid" : "invalid: " + check.reason());
        return check.valid() ? 0 : 1;
    }
}
