package org.kassa.scanner.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kassa.scanner.Tools;

/**
 * dmtxread (libdmtx), the independent DataMatrix decoder we compare with. It stops at the first code
 * ({@code -N 1}) and gives up on a picture after 5 s of its own search ({@code -m}); the process is killed
 * after 20 s whatever happens.
 */
final class Dmtx {

    private Dmtx() {
    }

    static Optional<String> read(Path png, Path scratch) throws IOException, InterruptedException {
        Tools.Run run = Tools.run(List.of("dmtxread", "-N", "1", "-m", "5000", png.toString()), null, scratch,
                Duration.ofSeconds(20));
        String text = new String(run.output(), StandardCharsets.UTF_8);
        return run.exit() == 0 && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }
}
