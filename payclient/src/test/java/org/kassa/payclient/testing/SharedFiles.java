package org.kassa.payclient.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared vendor documents (../../shared from the module), the tests' independent oracles. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared(String relative) {
        Path p = Path.of("..", "..", "shared").resolve(relative).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing: the contract tests need the shared vendor files");
        }
        return p;
    }

    public static Path openApi() {
        return shared("reference/koshelek-pay-api.openapi.yaml");
    }

    public static Path contracts() {
        return shared("docs/CONTRACTS.md");
    }
}
