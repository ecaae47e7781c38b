package org.kassa.till.bench;

import java.util.concurrent.TimeUnit;
import org.kassa.till.staff.PinHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One PIN check at the standard Argon2id cost (docs/decisions/0130): the target is 50-250 ms.
 * {@code mvn -B -ntp -Pbench -pl till -am test-compile exec:exec -Dbench.args="-f 1 -wi 3 -i 5 PinCheckBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PinCheckBench {

    private final PinHasher hasher = PinHasher.standard();
    private final String stored = hasher.hash("482913".toCharArray());

    @Benchmark
    public boolean checkPin() {
        return hasher.matches("482913".toCharArray(), stored);
    }
}
