package org.kassa.app.cli.mealcard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.Json;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.CraftgateException;
import org.kassa.payclient.craftgate.MealCardValidationException;
import org.kassa.payclient.craftgate.TokenizationStep;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Runs one client call for a command: prints its JSON, turns failures into exit codes 1 (call) or 2 (flag). */
final class MealcardCalls {

    private static final Map<String, String> FLAG_OF_FIELD = Map.of("cardNumber", "--card-number",
            "gsmNumber", "--gsm-number", "callbackUrl", "--callback-url", "validationCode", "--code",
            "sessionId", "SESSION_ID", "complete", "--apm-type");

    private MealcardCalls() {
    }

    static ApmType apmType(CommandSpec spec, String name) {
        try {
            return ApmType.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--apm-type: " + e.getMessage());
        }
    }

    static <T> int run(CommandSpec spec, CraftgateOptions options, Function<CraftgateClient, T> call,
                       Function<T, Map<String, Object>> json) {
        try (CraftgateClient client = CraftgateClient.create(options.settings())) {
            T result = call.apply(client);
            spec.commandLine().getOut().println(Json.line(json.apply(result)));
            return 0;
        } catch (MealCardValidationException e) {
            throw new ParameterException(spec.commandLine(),
                    FLAG_OF_FIELD.getOrDefault(e.field(), e.field()) + ": " + e.getMessage());
        } catch (CraftgateException e) {
            throw new CommandFailure(e.getMessage() + " (" + e.operatorTip(options.locale()) + ")");
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    static Map<String, Object> step(TokenizationStep step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sessionId", step.sessionId());
        json.put("additionalAction", step.additionalAction() == null ? null : step.additionalAction().raw());
        json.put("htmlContent", step.htmlContent());
        json.put("redirectUrl", step.redirectUrl() == null ? null : step.redirectUrl().toString());
        return json;
    }
}
