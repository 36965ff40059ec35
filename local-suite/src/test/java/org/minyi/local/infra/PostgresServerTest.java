package org.minyi.local.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    // A quote in the password proves it is passed as a literal, not spliced into SQL.
    private static final String PASSWORD = "it's-secret";

    @TempDir
    Path tmp;

    @Test
    void dataSurvivesAStopAndStart() throws Exception {
        Path dataDir = tmp.resolve("pg");
        try (PostgresServer server = new PostgresServer(dataDir, 0)) {
            assertThatThrownBy(() -> server.ensureDatabase("app", "app_user", PASSWORD))
                    .isInstanceOf(IllegalStateException.class);

            server.start();
            server.ensureDatabase("app", "app_user", PASSWORD);
            server.ensureDatabase("app", "app_user", PASSWORD);
            assertThatThrownBy(() -> server.ensureDatabase("App; DROP", "app_user", PASSWORD))
                    .isInstanceOf(IllegalArgumentException.class);

            String url = server.jdbcUrl("app");
            assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/app");
            try (Connection connection = DriverManager.getConnection(url, "app_user", PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (id int PRIMARY KEY, text text NOT NULL)");
                statement.execute("INSERT INTO note VALUES (1, 'kept')");
                assertThat(single(statement, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'app'"))
                        .containsExactly("app_user");
            }
            long pgVersionModified = Files.getLastModifiedTime(dataDir.resolve("PG_VERSION")).toMillis();

            server.stop();
            server.start();

            // Same data directory, not re-initialised: initdb would have rewritten PG_VERSION.
            assertThat(Files.getLastModifiedTime(dataDir.resolve("PG_VERSION")).toMillis()).isEqualTo(pgVersionModified);
            server.ensureDatabase("app", "app_user", PASSWORD);
            try (Connection connection = DriverManager.getConnection(url, "app_user", PASSWORD);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT text FROM note WHERE id = 1")).containsExactly("kept");
            }
        }
        assertThat(tmp.resolve("postgres.log")).isNotEmptyFile();
    }

    @Test
    void aKilledServerRecoversEveryCommittedRowOnTheNextStart() throws Exception {
        try (PostgresServer server = new PostgresServer(tmp.resolve("pg"), 0)) {
            server.start();
            server.ensureDatabase("app", "app_user", PASSWORD);
            String url = server.jdbcUrl("app");
            Connection open = DriverManager.getConnection(url, "app_user", PASSWORD);
            try (Statement statement = open.createStatement()) {
                statement.execute("CREATE TABLE note (id int PRIMARY KEY)");
                statement.execute("INSERT INTO note SELECT generate_series(1, 1000)");
                open.setAutoCommit(false);
                statement.execute("INSERT INTO note VALUES (1001)"); // never committed
            }

            server.kill();

            assertThatThrownBy(() -> open.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
            server.start();
            try (Connection connection = DriverManager.getConnection(url, "app_user", PASSWORD);
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT count(*) FROM note")).containsExactly("1000");
            }
        }
        assertThat(Files.readString(tmp.resolve("postgres.log"))).contains("database system was interrupted");
    }

    private static List<String> single(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
