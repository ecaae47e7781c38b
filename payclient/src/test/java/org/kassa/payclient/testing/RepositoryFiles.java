package org.kassa.payclient.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tests' documentary oracles, all inside the repository: the vendor's public OpenAPI file (a test
 * resource of this module, shipped in its test-jar) and the project's own documents in {@code docs/}.
 */
public final class RepositoryFiles {

    /** The vendor's public Pay API OpenAPI file (v1.0), unchanged; see docs/contracts.md. */
    public static final String OPEN_API_RESOURCE = "/openapi/koshelek-pay-api.openapi.yaml";

    private RepositoryFiles() {
    }

    public static String openApi() {
        try (InputStream in = RepositoryFiles.class.getResourceAsStream(OPEN_API_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPEN_API_RESOURCE + " is not on the test class path: it lives in "
                        + "payclient/src/test/resources/openapi/ and in the payclient test-jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of the repository's {@code docs/} folder; tests run with a module directory as working dir. */
    public static String doc(String name) {
        Path module = Path.of("").toAbsolutePath().normalize();
        Path file = module.resolveSibling("docs").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("docs/" + name + " is missing (looked in " + file
                    + "): run the tests from the repository with Maven, which starts them in the module directory");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
