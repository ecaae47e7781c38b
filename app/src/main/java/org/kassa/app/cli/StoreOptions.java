package org.kassa.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kassa.app.config.KassaSettings;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TillStore;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR | --jdbc-url URL [--training]}: where the till database is, for the commands that read
 * or write it. Without them the database is the one the till itself uses: {@code store.jdbcUrl} or the data
 * folder of the configuration ({@code --config}, $KASSA_CONFIG, ~/.kassa), so that a catalog imported in
 * training mode is the catalog the training till sells from.
 */
public final class StoreOptions {

    @Mixin
    ConfigOption config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the till database (kassa.mv.db). Default: ~/.kassa, or ~/.kassa/training "
                    + "with --training.")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "JDBC URL of the till database instead of --data-dir, e.g. jdbc:h2:file:/srv/kassa/kassa.")
    String jdbcUrl;

    @Option(names = "--training", description = "Use the training database (~/.kassa/training); without any of "
            + "these flags: the database of the configuration.")
    boolean training;

    /** The validated configuration of {@code --config} (or $KASSA_CONFIG, ~/.kassa). */
    KassaSettings settings() {
        return config.validate(config.located());
    }

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
            if (jdbcUrl != null) {
                return TillStore.open(jdbcUrl);
            }
            if (dataDir != null || training) {
                return TillStore.open(folder());
            }
            KassaSettings settings = config.validate(config.located());
            Files.createDirectories(settings.dataDir());
            return TillStore.open(settings.jdbcUrl());
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure("cannot create the data folder (" + e.getMessage() + "); set kassa.dataDir "
                    + "to a folder this user may write");
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
