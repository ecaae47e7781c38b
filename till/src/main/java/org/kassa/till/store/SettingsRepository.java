package org.kassa.till.store;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Small named values of this till, e.g. its id. */
public final class SettingsRepository {

    /** The name under which {@link #tillId()} is kept. */
    public static final String TILL_ID = "till.id";

    private final Jdbc jdbc;
    private final Clock clock = Clock.systemUTC();

    SettingsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.one("read a setting", "SELECT setting_value FROM till_setting WHERE setting_name = ?",
                rs -> rs.getString(1), name);
    }

    /** Inserts or replaces the value. */
    public void put(String name, String value) {
        jdbc.inTransaction("store a setting", c -> {
            if (Jdbc.update(c, "UPDATE till_setting SET setting_value = ?, updated_at = ? WHERE setting_name = ?", value,
                    clock.instant(), name) == 0) {
                Jdbc.update(c, "INSERT INTO till_setting (setting_name, setting_value, updated_at) VALUES (?, ?, ?)",
                        name, value, clock.instant());
            }
            return null;
        });
    }

    /**
     * This till's id: made once ({@code till-} and 8 hex digits) and kept, so the keys and order ids it makes stay
     * apart from those of other tills.
     */
    public synchronized String tillId() {
        return get(TILL_ID).orElseGet(() -> {
            String id = "till-" + UUID.randomUUID().toString().substring(0, 8);
            put(TILL_ID, id);
            return id;
        });
    }
}
