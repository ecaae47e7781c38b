package org.kassa.sandbox.bench;

import java.util.concurrent.TimeUnit;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.TokenizationStep;
import org.kassa.sandbox.craftgate.CraftgateSandboxServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Meal cards: a signed METROPOL init over loopback against the Craftgate sandbox (the client's signing and
 * JSON, one HTTP round trip, the sandbox's signature check). The pure callback and signature figures are
 * {@code org.kassa.payclient.bench.MealCardBench}.
 * {@code mvn -B -ntp -fn -Pbench -pl sandbox -am test-compile exec:exec -Dbench.args="-f 1 -wi 3 -i 5 MealCardLoopbackBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true") // read once per JVM (decision 0071)
public class MealCardLoopbackBench {

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
    public TokenizationStep initOverLoopback() {
        return client.init(init);
    }
}
