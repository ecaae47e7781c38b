package org.kassa.app.cli;

import java.nio.file.Path;
import org.kassa.app.config.ConfigFile;
import picocli.CommandLine.Option;

/** {@code --config FILE}: shared by every command that reads the configuration. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (Java properties, UTF-8). Default: $KASSA_CONFIG, then "
                    + "~/.kassa/kassa.properties if it exists, else the built-in training configuration.")
    Path file;

    /** The configuration in force (see {@link ConfigFile#locate}). */
    public ConfigFile load() {
        return ConfigFile.locate(file);
    }
}
