package org.kassa.app.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The window benchmarks fork with the memory options the bundle's launcher really passes (decision 0149). */
class BundleJvmOptionsTest {

    private static final Path BUILD_IMAGE = Path.of("..", "jlink", "build-image.sh");
    /** The launcher's options that are not system properties (-D…) or the class-data archive. */
    private static final Pattern VM_OPTION = Pattern.compile("--java-options [\"'](-X[^\"']*)[\"']");

    @Test
    void benchmarksForkWithTheLaunchersMemoryOptions() throws Exception {
        Matcher m = VM_OPTION.matcher(Files.readString(BUILD_IMAGE));
        List<String> launcher = new java.util.ArrayList<>();
        while (m.find()) {
            if (!m.group(1).startsWith("-XX:SharedArchiveFile")) {
                launcher.add(m.group(1));
            }
        }
        assertEquals(List.of(BundleJvm.ALL), launcher,
                "jlink/build-image.sh and BundleJvm (the window benchmarks' fork options) must name the same options");
    }
}
