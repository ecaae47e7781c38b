package org.kassa.app.cli.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.kassa.app.cli.ops.Check.Status;
import org.kassa.app.config.KassaSettings;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TillStore;

/** The database (opens, schema up to date) and the free space in the data folder. */
final class StoreChecks {

    /** Below this the data folder gets a warning (a day of sales, logs and print jobs is a few MB). */
    static final long WARN_BYTES = 500L * 1024 * 1024;
    /** Below this the till may fail to record a sale. */
    static final long PROBLEM_BYTES = 50L * 1024 * 1024;

    private static final int H2_ALREADY_OPEN = 90020;

    private final DoctorTexts texts;

    StoreChecks(DoctorTexts texts) {
        this.texts = texts;
    }

    Check database(KassaSettings settings) {
        try (TillStore store = TillStore.open(settings.jdbcUrl())) {
            Flyway flyway = Flyway.configure().dataSource(store.dataSource()).load();
            MigrationInfo current = flyway.info().current();
            String version = current == null ? "-" : current.getVersion().getVersion();
            int pending = flyway.info().pending().length;
            if (pending > 0) {
                return texts.check("database", Status.PROBLEM, "database.pending", store.url(), version, pending);
            }
            return texts.check("database", Status.OK, "database.ok", store.url(), version);
        } catch (StoreOpenException e) {
            if (errorCode(e) == H2_ALREADY_OPEN) {
                return texts.check("database", Status.WARN, "database.inUse", TillStore.describe(settings.jdbcUrl()));
            }
            return texts.check("database", Status.PROBLEM, "database.cannotOpen", e.getMessage());
        }
    }

    Check disk(KassaSettings settings) {
        Path folder = settings.dataDir();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            if (existing == null) {
                throw new IOException("no part of the path exists");
            }
            long free = Files.getFileStore(existing).getUsableSpace();
            String mb = Long.toString(free / (1024 * 1024));
            if (free < PROBLEM_BYTES) {
                return texts.check("disk", Status.PROBLEM, "disk.full", folder.toString(), mb);
            }
            if (free < WARN_BYTES) {
                return texts.check("disk", Status.WARN, "disk.low", folder.toString(), mb);
            }
            return texts.check("disk", Status.OK, "disk.ok", folder.toString(), mb);
        } catch (IOException e) {
            return texts.check("disk", Status.PROBLEM, "disk.unreadable", folder.toString(), e.getMessage());
        }
    }

    private static int errorCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
