package org.minyi.platform.eventstore;

import org.junit.jupiter.api.Test;
import org.minyi.platform.testing.EmbeddedPostgresSupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The duplicate key as a real PostgreSQL reports it through pgjdbc, and other errors as not one. */
class PostgresDuplicateKeysTest {

    private final PostgresDuplicateKeys resolver = new PostgresDuplicateKeys();

    @Test
    void aUniqueViolationFromPostgresIsADuplicateKeyEvenWhenWrapped() throws SQLException {
        String url = EmbeddedPostgresSupport.newDatabase("duplicate_keys");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE events (aggregate_id TEXT NOT NULL, seq BIGINT, PRIMARY KEY (aggregate_id, seq))");
            s.execute("INSERT INTO events VALUES ('p-1', 0)");
            SQLException duplicate = refusal(s, "INSERT INTO events VALUES ('p-1', 0)");
            assertThat(resolver.isDuplicateKeyViolation(duplicate)).isTrue();
            assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", duplicate))).isTrue();

            SQLException notNull = refusal(s, "INSERT INTO events VALUES (NULL, 1)");
            assertThat(resolver.isDuplicateKeyViolation(notNull)).isFalse();
            assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no sql here"))).isFalse();
        }
    }

    private static SQLException refusal(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("PostgreSQL took: " + sql);
    }
}
