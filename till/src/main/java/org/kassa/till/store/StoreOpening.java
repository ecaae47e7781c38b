package org.kassa.till.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The steps of opening a store, each turning its failure into one {@link StoreOpenException} line. */
final class StoreOpening {

    private static final Logger LOG = LoggerFactory.getLogger(StoreOpening.class);

    /** H2's "Database may be already in use" (org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_ALREADY_OPEN = 90020;
    /** H2's "Unsupported database file version or invalid file header". */
    private static final int H2_FILE_VERSION = 90048;

    private StoreOpening() {
    }

    static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The database file path of an embedded H2 URL ({@code jdbc:h2:[file:]PATH[;…]}), else empty. */
    static Optional<Path> h2File(String url) {
        if (!isH2(url)) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            return Optional.empty();
        }
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int semicolon = rest.indexOf(';');
        String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    /** One key per database: the file for embedded H2, else the URL. */
    static String lockKey(String url) {
        return h2File(url).map(Path::toString).orElse(url);
    }

    /** Creates the data folder of an H2 file database, or says why it cannot be used. */
    static void prepareFolder(String url) {
        Optional<Path> file = h2File(url);
        if (file.isEmpty()) {
            return;
        }
        Path folder = file.get().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreOpenException("cannot create the till data folder " + folder + " (" + e + "); create "
                    + "it by hand or choose another folder with --data-dir", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreOpenException("the till data folder " + folder + " is not writable; give this user "
                    + "write permission to it or choose another folder with --data-dir");
        }
    }

    static Properties credentials(String url) {
        Properties p = new Properties();
        if (isH2(url) && !url.toUpperCase(java.util.Locale.ROOT).contains(";USER=")) {
            p.setProperty("user", "sa");
            p.setProperty("password", "");
        }
        return p;
    }

    static Connection connect(DataSource ds, String url) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            String where = h2File(url).map(f -> f + ".mv.db").orElse(TillStore.describe(url));
            if (e.getErrorCode() == H2_ALREADY_OPEN) {
                throw new StoreOpenException("the till database " + where + " is in use by another running Kassa "
                        + "(or another program); close that one first, or start this one with another --data-dir",
                        e);
            }
            if (e.getErrorCode() == H2_FILE_VERSION) {
                throw new StoreOpenException("the till database " + where + " is not a database this Kassa can "
                        + "read (damaged, or written by another H2 version); restore it from a backup or move it "
                        + "away to start with an empty one", e);
            }
            throw new StoreOpenException("cannot open the till database " + where + ": " + firstLine(e)
                    + "; check the JDBC URL and that the folder is writable", e);
        }
    }

    /**
     * Applies the migrations; refuses a database whose schema is newer than this program knows, and copies an
     * existing database before changing its schema (decision 0152).
     */
    static void migrate(DataSource ds, String url) {
        migrate(ds, url, "classpath:db/migration");
    }

    /** As {@link #migrate(DataSource, String)} with other migration locations (the upgrade test adds one). */
    static void migrate(DataSource ds, String url, String... locations) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(locations).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] future = Arrays.stream(info.applied())
                .filter(m -> m.getState().name().startsWith("FUTURE")).toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String known = lastKnown(info);
            throw new StoreOpenException("the till database " + TillStore.describe(url) + " has schema version "
                    + future[future.length - 1].getVersion() + ", newer than this Kassa knows (" + known + "); "
                    + "install the newer Kassa that wrote it, or use another --data-dir");
        }
        if (info.current() != null && info.pending().length > 0) {
            StoreBackup.beforeMigration(ds, url, info.current().getVersion().getVersion(), java.time.Clock.systemUTC());
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("till database {} migrated to schema version {}", TillStore.describe(url), result.targetSchemaVersion);
        }
    }

    private static String lastKnown(MigrationInfoService info) {
        return Arrays.stream(info.all()).filter(m -> !m.getState().name().startsWith("FUTURE"))
                .reduce((a, b) -> b).map(m -> "up to " + m.getVersion()).orElse("none");
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
