package org.kassa.payclient.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kassa.payclient.callback.CallbackRules;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.SeedCallback;
import org.kassa.payclient.craftgate.TokenizationStep;
import org.kassa.payclient.craftgate.internal.CraftgateJson;
import org.kassa.payclient.craftgate.internal.RequestSignature;
import org.kassa.payclient.sandbox.craftgate.CraftgateSandboxServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Meal cards: the callback check, the request signature, and a signed init over loopback against the sandbox.
 * {@code mvn -B -ntp -Pbench -pl payclient -am test-compile exec:exec -Dbench.args="-f 1 -wi 3 -i 5 MealCardBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MealCardBench {

    private final Map<String, String> callback = SeedCallback.params();
    private final String initBody = new String(CraftgateJson.initBody(ApmType.METROPOL,
            new CardTokenizationData("9792000000001234", "user-1", "905551111111", null)), StandardCharsets.UTF_8);
    private CraftgateSandboxServer server;
    private CraftgateClient client;
    private InitRequest init;

    @Setup(Level.Trial)
    public void start() {
        server = new CraftgateSandboxServer();
        client = CraftgateClient.create(server.clientSettings());
        init = new InitRequest(ApmType.METROPOL, new CardTokenizationData("9792000000001234", null, "905551111111",
                null), null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public boolean verifyCallback() {
        return CallbackRules.check(callback, SeedCallback.KEY).valid();
    }

    @Benchmark
    public String signInit() {
        return RequestSignature.sign("https://api.craftgate.io", "/payment/v1/meal-voucher/card-tokenizations/init",
                "api-key", "secret-key", "0f8fad5b-d9cb-469f-a165-70867728950e", initBody);
    }

    @Benchmark
    public TokenizationStep initOverLoopback() {
        return client.init(init);
    }
}
