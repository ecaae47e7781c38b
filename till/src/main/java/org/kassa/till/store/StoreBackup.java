package org.kassa.till.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of an H2 till database made before its schema is migrated (docs/decisions/0152): H2's online
 * {@code BACKUP TO}, a consistent zip holding {@code kassa.mv.db}, in {@code <dataFolder>/backups/}. Restoring
 * is unzipping it over the data folder with Kassa stopped. Other databases are the merchant's DBA's to back up.
 */
final class StoreBackup {

    /** Subfolder of the data folder that holds the copies. */
    static final String FOLDER = "backups";

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private StoreBackup() {
    }

    /** Backs up the database at {@code url} (schema {@code fromVersion}); empty when it is not an H2 file. */
    static Optional<Path> beforeMigration(DataSource ds, String url, String fromVersion, Clock clock) {
        Optional<Path> file = StoreOpening.h2File(url);
        if (file.isEmpty()) {
            LOG.warn("till database {} is migrated from schema version {} without a copy by Kassa: back it up "
                    + "with the database's own tools", TillStore.describe(url), fromVersion);
            return Optional.empty();
        }
        Path folder = file.get().getParent().resolve(FOLDER);
        Path zip = folder.resolve(file.get().getFileName() + "-schema-" + fromVersion + "-"
                + STAMP.format(clock.instant()) + ".zip");
        try (Connection c = ds.getConnection(); PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
            Files.createDirectories(folder);
            backup.setString(1, zip.toString());
            backup.execute();
        } catch (IOException | SQLException e) {
            throw new StoreOpenException("the till database " + file.get() + ".mv.db needs a schema upgrade, but "
                    + "the copy made first failed (" + e.getMessage().lines().findFirst().orElse("") + "); free "
                    + "some disk space in " + file.get().getParent() + " or make the folder writable, then start "
                    + "Kassa again (nothing was changed)", e);
        }
        LOG.info("till database copied to {} before its schema upgrade from version {}", zip, fromVersion);
        return Optional.of(zip);
    }
}
