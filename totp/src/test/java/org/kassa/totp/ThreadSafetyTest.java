package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads verifying and tokenizing on one instance get exactly the answers one thread gets. */
class ThreadSafetyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 60;

    @Test
    void concurrentCallsGiveTheSameAnswersAsOneThread() throws Exception {
        TotpSettings settings = Fixtures.settings();
        PasscodeVerify shared = Fixtures.verifierAt(settings, Fixtures.NOW);
        TokenVerifier tokens = Passcodes.tokenVerifier(settings, Fixtures.clockAt(Fixtures.NOW));
        BarcodeGenerator generator = new BarcodeGenerator(settings);

        List<String> barcodes = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            barcodes.add(generator.barcode("C" + i, i % 2 == 0 ? "SESS" + (10 + i) : null, Fixtures.NOW + (i % 7 - 3) * 30L));
            bodies.add(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        List<String> expected = answers(Fixtures.verifierAt(settings, Fixtures.NOW), tokens, barcodes, bodies);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> last = null;
                    for (int r = 0; r < ROUNDS; r++) {
                        last = answers(shared, tokens, barcodes, bodies);
                        assertThat(last).isEqualTo(expected);
                    }
                    return last;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> answers(PasscodeVerify verify, TokenVerifier tokens, List<String> barcodes, List<byte[]> bodies) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < barcodes.size(); i++) {
            BarcodeResult r = verify.barcodeVerify(barcodes.get(i));
            out.add(r.resultCode() + " " + r.cardNumber() + " " + r.cardSession() + " " + r.failureReason());
            String token = verify.getToken(bodies.get(i));
            out.add(token + " " + tokens.check(token, bodies.get(i)) + " " + tokens.check(token, bodies.get((i + 1) % bodies.size())));
        }
        return out;
    }
}
