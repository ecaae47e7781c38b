package org.kassa.app.config;

import org.kassa.totp.Algorithm;
import org.kassa.totp.InvalidTotpSettingException;
import org.kassa.totp.TotpSettings;

/** Reads the {@code totp.*} settings into the TOTP module's validated settings. */
public final class TotpConfig {

    private TotpConfig() {
    }

    public static TotpSettings settings(ConfigFile config) {
        try {
            return new TotpSettings(
                    Algorithm.parse(config.string("totp.algorithm")),
                    config.integer("totp.passLength", 1, TotpSettings.MAX_PASS_LENGTH),
                    config.string("totp.prefix"),
                    config.string("totp.key"),
                    config.integer("totp.interval", 1, Integer.MAX_VALUE),
                    config.integer("totp.cardSessionLength", 1, Integer.MAX_VALUE),
                    config.string("totp.delimiter"),
                    config.integer("totp.driftSteps", 0, TotpSettings.MAX_DRIFT_STEPS));
        } catch (InvalidTotpSettingException e) {
            String key = "totp." + e.parameter();
            String problem = e.getMessage().substring(e.parameter().length() + 2);
            throw config.problem(key, problem);
        }
    }
}
