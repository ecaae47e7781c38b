package org.kassa.till.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own for a test: initdb into target/, started on a free loopback port with trust
 * authentication, stopped at close. Needs the Debian package {@code postgresql} (server binaries under
 * /usr/lib/postgresql/VERSION/bin); as root the server runs as the {@code postgres} user. Only when that user
 * cannot reach target/ (a checkout under /root) does the data folder go to the temp folder, removed at close.
 * {@link #stop()} and {@link #restart()} take the server away and bring it back on the same port with the same
 * data, as a shop's server that goes down mid-day.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final Path outsideTarget;

    private ThrowawayPostgres(Path bin, Path dir, int port, Path outsideTarget) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.outsideTarget = outsideTarget;
    }

    public static ThrowawayPostgres start() throws IOException, InterruptedException, SQLException {
        Path bin = serverBinaries();
        Path dir = freshDir();
        boolean root = isRoot();
        Path outsideTarget = null;
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Process probe = new ProcessBuilder("runuser", "-u", "postgres", "--", "test", "-w", dir.toString()).start();
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                outsideTarget = Files.createTempDirectory("kassa-test-postgres-");
                dir = outsideTarget;
                Files.setOwner(dir, postgres);
            }
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, port, outsideTarget);
        pg.run(root, bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-A", "trust", "-U", "kassa", "-E",
                "UTF8", "--no-sync");
        pg.startServer();
        try (Connection c = DriverManager.getConnection(pg.url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE kassa");
        }
        return pg;
    }

    private void startServer() throws IOException, InterruptedException {
        run(isRoot(), bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
                "start");
    }

    /** Stops the server at once (as a crash or a pulled cable would: open connections break). */
    public void stop() throws IOException, InterruptedException {
        run(isRoot(), bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "-t", "60",
                "stop");
    }

    /** Starts the stopped server again, same port, same data. */
    public void restart() throws IOException, InterruptedException {
        startServer();
    }

    /** The loopback port the server listens on. */
    public int port() {
        return port;
    }

    /** JDBC URL of {@code database} on this server (user {@code kassa}, trust authentication). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=kassa";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IOException alreadyStopped) {
            // a test that stopped the server and failed before restarting it: nothing left to stop
        } finally {
            if (outsideTarget != null) {
                run(false, "rm", "-rf", "--", outsideTarget.toString());
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path freshDir() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-stores").toAbsolutePath());
            return Files.createTempDirectory(root, "postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readNBytes(64 * 1024));
        if (!ended) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", full) + " did not end within 90 s: " + output);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed (" + p.exitValue() + "): " + output);
        }
    }

    private static Path serverBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted().reduce((a, b) -> b);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new AssertionError("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install the "
                + "Debian package postgresql (apt-get install postgresql)");
    }
}
