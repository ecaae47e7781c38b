package org.kassa.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TrainingCards;

/** Training-mode settings on a fresh data folder under target/, and loyalty barcodes the sandbox accepts. */
public final class TrainingTill {

    private TrainingTill() {
    }

    public static KassaSettings settings(String language) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "ui-tills",
                UUID.randomUUID().toString())).toAbsolutePath().normalize();
        Path file = dir.resolve("kassa.properties");
        Files.writeString(file, "kassa.mode = training\nui.language = " + language + "\nkassa.dataDir = "
                + dir.toString().replace('\\', '/') + "\n", StandardCharsets.UTF_8);
        return KassaSettings.load(file, new HostEnvironment(dir, Map.of(), "Linux"));
    }

    /** A Koshelek card barcode with a fresh session, as the app shows it now. */
    public static String cardWithSession(KassaSettings settings) {
        return new TrainingCards(settings.totp()).withSession();
    }

    public static String cardWithoutSession(KassaSettings settings) {
        return new TrainingCards(settings.totp()).withoutSession();
    }
}
