package org.kassa.app.cli;

import java.nio.file.Path;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: shared by every command that reads the configuration. Made by {@link KassaCli}'s
 * factory with the host environment, so tests choose the home folder and variables the lookup sees.
 */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (Java properties, UTF-8). Default: $KASSA_CONFIG, then "
                    + "~/.kassa/kassa.properties if it exists, else the built-in training configuration.")
    Path file;

    private final HostEnvironment host;

    public ConfigOption() {
        this(HostEnvironment.system());
    }

    ConfigOption(HostEnvironment host) {
        this.host = host;
    }

    /** The configuration file in force, not yet validated: flags may still be laid over it. */
    public ConfigFile located() {
        return ConfigFile.locate(file, host);
    }

    /**
     * The configuration in force, after the whole of it was validated (docs/decisions/0090): a command never
     * starts on a configuration the till would refuse.
     */
    public ConfigFile load() {
        ConfigFile config = located();
        validate(config);
        return config;
    }

    /** Every setting of {@code config} (with any flags laid over it), typed; throws on the first bad one. */
    public KassaSettings validate(ConfigFile config) {
        KassaSettings settings = KassaSettings.from(config, host);
        org.kassa.app.cli.ops.LogFiles.toDataFolder(settings.dataDir());
        return settings;
    }
}
