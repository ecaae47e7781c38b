package org.kassa.payclient.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kassa.payclient.callback.CallbackRules;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.SeedCallback;
import org.kassa.payclient.craftgate.internal.CraftgateJson;
import org.kassa.payclient.craftgate.internal.RequestSignature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Meal cards: the callback check and the request signature (the signed init over loopback against the sandbox
 * is {@code org.kassa.sandbox.bench.MealCardLoopbackBench} in the sandbox module).
 * {@code mvn -B -ntp -fn -Pbench -pl payclient -am test-compile exec:exec -Dbench.args="-f 1 -wi 3 -i 5 MealCardBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MealCardBench {

    private final Map<String, String> callback = SeedCallback.params();
    private final String initBody = new String(CraftgateJson.initBody(ApmType.METROPOL,
            new CardTokenizationData("9792000000001234", "user-1", "905551111111", null)), StandardCharsets.UTF_8);

    @Benchmark
    public boolean verifyCallback() {
        return CallbackRules.check(callback, SeedCallback.KEY).valid();
    }

    @Benchmark
    public String signInit() {
        return RequestSignature.sign("https://api.craftgate.io", "/payment/v1/meal-voucher/card-tokenizations/init",
                "api-key", "secret-key", "0f8fad5b-d9cb-469f-a165-70867728950e", initBody);
    }
}
