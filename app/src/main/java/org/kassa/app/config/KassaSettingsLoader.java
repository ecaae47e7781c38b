package org.kassa.app.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.kassa.payclient.callback.ReceiverSettings;

/** The one place that turns a {@link ConfigFile} into {@link KassaSettings}; each group has its own reader. */
final class KassaSettingsLoader {

    /** Folder of training data inside the data folder: practice never mixes with real sales. */
    static final String TRAINING_FOLDER = "training";
    /** Name of the built-in H2 database in the data folder (H2 adds {@code .mv.db}). */
    static final String DATABASE_NAME = "kassa";

    private KassaSettingsLoader() {
    }

    static KassaSettings read(ConfigFile c, HostEnvironment host) {
        KassaMode mode = c.choice("kassa.mode", KassaMode.class);
        Language language = c.choice("ui.language", Language.class);
        UiKeys keys = UiKeys.read(c);
        Path dataDir = dataDir(c, host, mode);
        String jdbcUrl = jdbcUrl(c, mode, dataDir);
        var totp = TotpConfig.settings(c);
        Optional<ReceiverSettings> postback = PostbackConfig.receiver(c);
        var pay = new KassaSettings.Pay(PayConfig.baseUrl(c),
                PayConfig.settings(c, PayConfig.baseUrl(c).orElse(java.net.URI.create("http://127.0.0.1"))),
                PayConfig.tips(c), postback.isPresent());
        boolean mealCardsOn = MealCardConfig.enabled(c);
        var mealCards = new KassaSettings.MealCards(mealCardsOn, MealCardConfig.client(c),
                MealCardConfig.callbackKey(c), MealCardConfig.callbackUrl(c));
        ReceiverSettings mealCardReceiver = MealCardConfig.receiver(c);
        var scanners = new KassaSettings.Scanners(ScannerConfig.wedge(c), ScannerConfig.serial(c),
                ScannerConfig.camera(c), ScannerConfig.trainingImages(c));
        var printer = PrinterConfig.settings(c);
        var receivers = ReceiverPlan.receivers(mealCardsOn ? Optional.of(mealCardReceiver) : Optional.empty(),
                postback, c);
        var central = CentralConfig.settings(c, host, mode);
        return new KassaSettings(c.source(), mode, language, dataDir, jdbcUrl, totp, pay, mealCards, scanners,
                printer, receivers, keys, central);
    }

    /** {@code kassa.dataDir} with a leading ~ as the home folder; {@code training} inside it in training mode. */
    static Path dataDir(ConfigFile c, HostEnvironment host, KassaMode mode) {
        String text = c.string("kassa.dataDir");
        Path folder;
        try {
            folder = text.equals("~") ? host.home()
                    : text.startsWith("~/") ? host.home().resolve(text.substring(2)) : Path.of(text);
        } catch (InvalidPathException e) {
            throw c.problem("kassa.dataDir", "'" + text + "' is not a folder path; allowed: an absolute path or "
                    + "one starting with ~/, e.g. ~/.kassa or /var/lib/kassa");
        }
        if (!folder.isAbsolute()) {
            throw c.problem("kassa.dataDir", "'" + text + "' is a relative path, which would depend on the folder "
                    + "Kassa is started from; allowed: an absolute path or one starting with ~/, e.g. ~/.kassa");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw c.problem("kassa.dataDir", "'" + text + "' is a file, not a folder; allowed: a folder (it is "
                    + "created when missing)");
        }
        folder = folder.normalize();
        return mode == KassaMode.TRAINING ? folder.resolve(TRAINING_FOLDER) : folder;
    }

    /**
     * {@code store.jdbcUrl}, or the H2 file in the data folder when it is empty. Training mode always uses its
     * own H2 file, so practice sales never reach the database of real ones.
     */
    static String jdbcUrl(ConfigFile c, KassaMode mode, Path dataDir) {
        String builtIn = "jdbc:h2:file:" + dataDir.resolve(DATABASE_NAME);
        Optional<String> configured = c.optional("store.jdbcUrl");
        if (configured.isPresent() && !configured.get().startsWith("jdbc:")) {
            // A URL may carry a password: it is shown only when it cannot.
            String shown = configured.get().toLowerCase(java.util.Locale.ROOT).contains("password") ? "the value"
                    : "'" + configured.get() + "'";
            throw c.problem("store.jdbcUrl", shown + " is not a JDBC URL; allowed: empty (the "
                    + "built-in H2 file in kassa.dataDir) or a URL starting with jdbc:, e.g. jdbc:h2:file:/var/lib/kassa/kassa");
        }
        return mode == KassaMode.TRAINING ? builtIn : configured.orElse(builtIn);
    }
}
