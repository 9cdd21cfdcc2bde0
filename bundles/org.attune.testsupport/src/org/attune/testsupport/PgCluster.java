package org.attune.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster of a test's own: {@code initdb} in a temporary folder, the server on a free loopback
 * port with its unix socket in that folder, stopped and removed by {@link #close()} (and at the JVM's exit, should a
 * test not get there). Never a system service. The binaries are looked for in {@code $ATTUNE_PG_BIN}, Debian's
 * {@code /usr/lib/postgresql/<version>/bin} and the {@code PATH}; without them this fails and says so (CI installs the
 * Debian package {@code postgresql}). PostgreSQL refuses to run as root: as root the server runs as the user
 * {@code postgres} (which the package creates).
 */
public final class PgCluster implements AutoCloseable {
    public static final String USER = "attune_admin";
    public static final String PASSWORD = "throwaway-" + Long.toHexString(System.nanoTime());

    private static PgCluster shared;
    private final Path dir;
    private final Path bin;
    private final int port;
    private final List<String> asUser;
    private final Thread stopAtExit;
    private boolean stopped;

    private PgCluster(Path dir, Path bin, int port, List<String> asUser) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asUser = asUser;
        this.stopAtExit = new Thread(this::stop, "stop throwaway PostgreSQL");
    }

    /**
     * The cluster of this test JVM, started when first asked for and stopped as the JVM ends (failed tests or not):
     * one start for all the test classes that need a server. Each test makes its own databases.
     */
    public static synchronized PgCluster shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL", e);
            }
        }
        return shared;
    }

    public static PgCluster start() throws IOException, InterruptedException {
        Path bin = binaries(System.getenv("ATTUNE_PG_BIN"), System.getenv("PATH"), Path.of("/usr/lib/postgresql"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "attune-pg-");
        List<String> asUser = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal postgres = users.lookupPrincipalByName("postgres");
            GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
            view.setOwner(postgres);
            view.setGroup(group);
            asUser = List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups");
        }
        Path passwordFile = dir.resolve("pw");
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (!asUser.isEmpty()) {
            Files.setOwner(passwordFile, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PgCluster cluster = new PgCluster(dir, bin, port, asUser);
        Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
        try {
            cluster.run("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
            cluster.startServer();
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** Where initdb, pg_ctl and postgres are; fails with what to install when they are nowhere. */
    public static Path binaries(String configured, String path, Path debian) throws IOException {
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin")).sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed()).forEach(candidates::add);
            }
        }
        if (path != null) {
            for (String entry : path.split(":")) {
                if (!entry.isBlank()) {
                    candidates.add(Path.of(entry));
                }
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))
                    && Files.isExecutable(candidate.resolve("postgres"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("PostgreSQL's initdb, pg_ctl and postgres were not found (looked in $ATTUNE_PG_BIN, " + debian
                + "/*/bin and the PATH): install the Debian package 'postgresql' (.ci/run does) to run the team-project tests");
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(asUser);
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("attune-pg-" + tool, ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not end within 2 minutes: " + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                String server = Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
                throw new IllegalStateException(tool + " failed (" + process.exitValue() + "): " + Files.readString(log) + server);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Stops the server (dropping every connection) and starts it again on the same port, as after a crash. */
    public void restart() throws IOException, InterruptedException {
        stopServer();
        startServer();
    }

    /** Stops the server (dropping every connection) until {@link #startAgain}: a server that went away. */
    public void stopServer() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    }

    /** Starts the server stopped by {@link #stopServer} again on the same port. */
    public void startAgain() throws IOException, InterruptedException {
        startServer();
    }

    private void startServer() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    public int port() {
        return port;
    }

    /** A new, empty database and the URL of it (user and password not in it: pass them as the CLI would get them). */
    public String newDatabase(String name) throws SQLException {
        try (Connection admin = admin("postgres"); Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** The same, with user and password in the URL. */
    public String urlWithCredentials(String url) {
        return url + "?user=" + USER + "&password=" + PASSWORD;
    }

    /** A plain JDBC connection to {@code database} as the cluster's superuser. */
    public Connection admin(String database) throws SQLException {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, credentials);
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("could not stop the throwaway PostgreSQL in " + dir + ": " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system clears it
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook runs stop(), which is done
        }
    }
}
