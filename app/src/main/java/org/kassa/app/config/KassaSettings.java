package org.kassa.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kassa.central.CentralSettings;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.payclient.craftgate.CraftgateSettings;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.printer.PrinterSettings;
import org.kassa.scanner.camera.CameraSettings;
import org.kassa.scanner.serial.SerialSettings;
import org.kassa.scanner.wedge.WedgeSettings;
import org.kassa.totp.TotpSettings;

/**
 * The whole configuration, validated once before anything starts (docs/decisions/0090) and immutable after:
 * the till window, the till core and every command read their settings from here, never from the file again.
 * Built by {@link #load(Path, HostEnvironment)} or {@link #from(ConfigFile, HostEnvironment)}; the first bad
 * value stops Kassa with a {@link ConfigException} naming the file, the key, the value and what is allowed.
 *
 * @param source     where the values came from: the merchant's file, or {@code built-in defaults}
 * @param mode       {@code kassa.mode}
 * @param uiLanguage {@code ui.language}: operator-facing text
 * @param dataDir    the data folder in force, absolute: {@code kassa.dataDir} with ~ expanded; in training mode
 *                   its subfolder {@code training}. Not created here: the till core creates it on start.
 * @param jdbcUrl    the database: {@code store.jdbcUrl}, or when empty (and always in training mode) the H2
 *                   file {@code <dataDir>/kassa} ({@code kassa.mv.db})
 * @param totp       {@code totp.*}
 * @param pay        {@code pay.*}
 * @param mealCards  {@code mealcard.*}
 * @param scanners   {@code scanner.*}
 * @param printer    {@code printer.*}
 * @param receivers  the callback receivers to start: none, one, or two (see {@link ReceiverPlan})
 * @param keys       {@code ui.key.*}: the keys of the window's actions
 * @param central    {@code store.central.*}: the shop's central store, or empty (none configured, or training)
 */
public record KassaSettings(String source, KassaMode mode, Language uiLanguage, Path dataDir, String jdbcUrl,
                            TotpSettings totp, Pay pay, MealCards mealCards, Scanners scanners,
                            PrinterSettings printer, List<ReceiverSettings> receivers, UiKeys keys,
                            Optional<CentralSettings> central) {

    public KassaSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(keys, "keys");
        receivers = List.copyOf(receivers);
        Objects.requireNonNull(central, "central");
    }

    /** Locates the configuration ({@code explicitFile}, else $KASSA_CONFIG, else ~/.kassa) and validates it. */
    public static KassaSettings load(Path explicitFile, HostEnvironment host) {
        return from(ConfigFile.locate(explicitFile, host), host);
    }

    /** Validates a configuration (with any command-line flags already laid over it). */
    public static KassaSettings from(ConfigFile config, HostEnvironment host) {
        return KassaSettingsLoader.read(config, host);
    }

    public boolean training() {
        return mode == KassaMode.TRAINING;
    }

    /**
     * {@code pay.*}. The base URL is empty in training mode, where the caller starts the built-in sandbox and
     * passes its URL to {@link #client(URI)}.
     */
    public static final class Pay {
        private final Optional<URI> baseUrl;
        private final PaySettings validated;
        private final OperatorTips tips;
        private final boolean postbackEnabled;

        Pay(Optional<URI> baseUrl, PaySettings validated, OperatorTips tips, boolean postbackEnabled) {
            this.baseUrl = baseUrl;
            this.validated = validated;
            this.tips = tips;
            this.postbackEnabled = postbackEnabled;
        }

        /** The configured Pay API for test and production mode; empty in training mode. */
        public Optional<URI> baseUrl() {
            return baseUrl;
        }

        /** The client settings against {@code url} (the sandbox's in training mode). */
        public PaySettings client(URI url) {
            return validated.withBaseUrl(url);
        }

        /** The client settings against the configured Pay API; only outside training mode. */
        public PaySettings client() {
            return client(baseUrl.orElseThrow(() -> new IllegalStateException(
                    "training mode has no configured Pay API: start the sandbox and call client(URI)")));
        }

        /** Operator tips in {@code ui.language} with {@code pay.tips.retryMinutes}. */
        public OperatorTips tips() {
            return tips;
        }

        /** {@code pay.postback.enabled}; the receiver itself is among {@link KassaSettings#receivers()}. */
        public boolean postbackEnabled() {
            return postbackEnabled;
        }

        @Override
        public String toString() {
            return "Pay[baseUrl=" + baseUrl.map(URI::toString).orElse("(sandbox)") + ", client=" + validated
                    + ", postbackEnabled=" + postbackEnabled + "]";
        }
    }

    /**
     * {@code mealcard.*}. Validated also when disabled, so a typo shows before the merchant turns it on.
     *
     * @param callbackUrl the URL sent to Craftgate as callbackUrl (the public one, else the receiver's own)
     */
    public record MealCards(boolean enabled, CraftgateSettings client, String callbackKey, URI callbackUrl) {
        @Override
        public String toString() {
            return "MealCards[enabled=" + enabled + ", client=" + client + ", callbackKey=(set), callbackUrl="
                    + callbackUrl + "]";
        }
    }

    /** {@code scanner.*}: the wedge always; serial, camera and training images when configured. */
    public record Scanners(WedgeSettings wedge, Optional<SerialSettings> serial, Optional<CameraSettings> camera,
                           Optional<Path> trainingImages) {
    }
}
