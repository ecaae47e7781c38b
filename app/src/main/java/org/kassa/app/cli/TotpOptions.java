package org.kassa.app.cli;

import org.kassa.app.config.ConfigFile;
import org.kassa.totp.TotpSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The TOTP flags; each overrides the matching {@code totp.*} setting of the configuration. */
public final class TotpOptions {

    @Mixin
    ConfigOption config;

    @Option(names = "--algorithm", paramLabel = "ALG", description = "HMACSHA256 or HMACSHA1 (totp.algorithm).")
    String algorithm;

    @Option(names = "--pass-length", paramLabel = "N", description = "Password digits, 1..10 (totp.passLength).")
    String passLength;

    @Option(names = "--prefix", paramLabel = "TEXT", description = "Barcode prefix, e.g. CM (totp.prefix).")
    String prefix;

    @Option(names = "--key", paramLabel = "HEX", description = "Partner key as even-length hex (totp.key).")
    String key;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Password step in seconds (totp.interval).")
    String interval;

    @Option(names = "--session-length", paramLabel = "N",
            description = "Card session length (totp.cardSessionLength).")
    String sessionLength;

    @Option(names = "--delimiter", paramLabel = "TEXT", description = "Separator of the parts (totp.delimiter).")
    String delimiter;

    @Option(names = "--drift-steps", paramLabel = "N",
            description = "Steps accepted before and after now, 0..10 (totp.driftSteps).")
    String driftSteps;

    /** The configuration with the flags applied, validated whole. */
    public ConfigFile configuration() {
        ConfigFile withFlags = withFlags();
        config.validate(withFlags);
        return withFlags;
    }

    /** The validated TOTP settings from the configuration and the flags. */
    public TotpSettings settings() {
        return config.validate(withFlags()).totp();
    }

    private ConfigFile withFlags() {
        return config.located()
                .withFlag("totp.algorithm", algorithm, "--algorithm")
                .withFlag("totp.passLength", passLength, "--pass-length")
                .withFlag("totp.prefix", prefix, "--prefix")
                .withFlag("totp.key", key, "--key")
                .withFlag("totp.interval", interval, "--interval")
                .withFlag("totp.cardSessionLength", sessionLength, "--session-length")
                .withFlag("totp.delimiter", delimiter, "--delimiter")
                .withFlag("totp.driftSteps", driftSteps, "--drift-steps");
    }
}
