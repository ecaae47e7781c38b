package org.kassa.app.cli;

import java.nio.file.Path;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TillStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR | --jdbc-url URL [--training]}: where the till database is, for the commands that read
 * or write it. (The typed configuration will supply these defaults later.)
 */
public final class StoreOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the till database (kassa.mv.db). Default: ~/.kassa, or ~/.kassa/training "
                    + "with --training.")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "JDBC URL of the till database instead of --data-dir, e.g. jdbc:h2:file:/srv/kassa/kassa.")
    String jdbcUrl;

    @Option(names = "--training", description = "Use the training database (~/.kassa/training).")
    boolean training;

    /** Opens the store; a bad combination of flags is exit 2, a store that cannot be opened exit 1. */
    TillStore open(CommandLine commandLine) {
        if (dataDir != null && jdbcUrl != null) {
            throw new CommandLine.ParameterException(commandLine, "give either --data-dir or --jdbc-url, not both");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
            throw new CommandLine.ParameterException(commandLine, "--jdbc-url must start with 'jdbc:', e.g. "
                    + "jdbc:h2:file:/srv/kassa/kassa");
        }
        try {
            return jdbcUrl != null ? TillStore.open(jdbcUrl) : TillStore.open(folder());
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private Path folder() {
        if (dataDir != null) {
            return dataDir;
        }
        Path home = Path.of(System.getProperty("user.home"), ".kassa");
        return training ? home.resolve("training") : home;
    }
}
