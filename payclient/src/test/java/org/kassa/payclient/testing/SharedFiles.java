package org.kassa.payclient.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared vendor documents, the tests' independent oracles: {@code shared/} next to the
 * repository (../../shared from a module) or next to one of its parents (a git worktree one level deeper).
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared(String relative) {
        Path module = Path.of("").toAbsolutePath().normalize();
        for (Path dir = module.getParent(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve(relative);
            if (dir.getParent() != null && Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("shared/" + relative + " is missing (looked next to every parent of " + module
                + "): the contract tests need the shared vendor files");
    }

    public static Path openApi() {
        return shared("reference/koshelek-pay-api.openapi.yaml");
    }

    public static Path contracts() {
        return shared("docs/CONTRACTS.md");
    }
}
