package org.kassa.app.cli.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kassa.app.cli.Json;
import org.kassa.app.config.KassaSettings;
import org.kassa.till.journal.BodyMasking;
import org.kassa.till.store.JournalEntry;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TillStore;

/**
 * The zip of {@code kassa support-bundle} (docs/decisions/0154): README.txt, the configuration with every secret
 * masked, doctor.json, the journal's last entries with masked bodies, and the log files. Nothing in it can pay,
 * log in or identify a card.
 */
final class SupportBundle implements AutoCloseable {

    /** Journal entries packed, the newest ones. */
    static final int JOURNAL_ENTRIES = 1000;

    private final ZipOutputStream zip;

    SupportBundle(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void text(String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Every file of the log folder (the current log and the rolled, gzipped ones); a note when there is none. */
    int logs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            text("logs/NONE.txt", "no log folder at " + folder + "\n");
            return 0;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            zip.putNextEntry(new ZipEntry("logs/" + file.getFileName()));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        return files.size();
    }

    /**
     * The journal's last entries as JSON lines, bodies masked as BodyMasking masks them. A database held by the
     * running till is read from a copy of its file (H2 writes each commit through, so the copy has them all).
     */
    int journal(KassaSettings settings, Path scratch) throws IOException {
        Path file = settings.dataDir().resolve(TillStore.DATABASE_NAME + ".mv.db");
        // The built-in database (kassa.dataDir's H2 file), with or without TillStore's URL options.
        boolean defaultDatabase = settings.jdbcUrl().equals("jdbc:h2:file:" + settings.dataDir().resolve(
                TillStore.DATABASE_NAME)) || settings.jdbcUrl().equals(TillStore.defaultUrl(settings.dataDir()));
        if (defaultDatabase && !Files.isRegularFile(file)) {
            text("journal.txt", "no database yet at " + file + "\n");
            return 0;
        }
        List<JournalEntry> entries;
        try {
            entries = latestEntries(settings.jdbcUrl());
        } catch (StoreOpenException e) {
            if (!defaultDatabase) {
                text("journal.txt", "journal not read: " + e.getMessage() + "\n");
                return 0;
            }
            Path copy = Files.createDirectories(scratch.resolve("journal-copy"));
            Files.copy(file, copy.resolve(file.getFileName()));
            try {
                entries = latestEntries(TillStore.defaultUrl(copy));
            } catch (StoreOpenException onCopy) {
                text("journal.txt", "journal not read: " + e.getMessage() + "; a copy did not open either: "
                        + onCopy.getMessage() + "\n");
                return 0;
            }
        }
        StringBuilder lines = new StringBuilder();
        for (JournalEntry e : entries) {
            lines.append(Json.line(row(e))).append('\n');
        }
        text("journal.jsonl", lines.toString());
        return entries.size();
    }

    private static List<JournalEntry> latestEntries(String jdbcUrl) {
        try (TillStore store = TillStore.open(jdbcUrl)) {
            return store.journal().latest(JOURNAL_ENTRIES);
        }
    }

    private static Map<String, Object> row(JournalEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", e.seq());
        row.put("loggedAt", String.valueOf(e.loggedAt()));
        row.put("service", e.service());
        row.put("operation", e.operation());
        row.put("step", e.step());
        row.put("requestId", e.requestId());
        row.put("attempt", e.attempt());
        row.put("path", e.path());
        row.put("saleId", e.saleId());
        row.put("paymentId", e.paymentId());
        row.put("body", BodyMasking.mask(e.body()));
        row.put("answerAt", e.answerAt() == null ? null : e.answerAt().toString());
        row.put("httpStatus", e.httpStatus());
        row.put("answer", e.answerBody() == null ? null : BodyMasking.mask(e.answerBody()));
        row.put("resolved", e.resolved());
        row.put("resolution", e.resolution());
        return row;
    }

    static String readme(String version, Instant at) {
        return "Kassa support bundle\n"
                + "kassa " + version + ", made " + at + "\n"
                + "java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n\n"
                + "config.properties  the configuration file in force, every secret value replaced by ***\n"
                + "doctor.json        the output of kassa doctor --json\n"
                + "journal.jsonl      the last " + JOURNAL_ENTRIES + " Pay/Craftgate calls, card numbers, sessions,\n"
                + "                   passwords and tokens masked\n"
                + "logs/              the log files of the data folder\n";
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
