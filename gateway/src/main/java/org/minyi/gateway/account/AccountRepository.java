package org.minyi.gateway.account;

import org.minyi.platform.security.Role;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code account} table and its append-only {@code account_change} log. */
@Repository
public class AccountRepository {

    private static final String COLUMNS = "username, kind, role, townships, unit_code, deputy_id, enabled, version, "
            + "created_at, created_by, updated_at, updated_by";

    /** What authentication needs: the account and its stored hash. */
    public record Credentials(Account account, String secretHash) {

        @Override
        public String toString() {
            return "Credentials[" + account.username() + "]";
        }
    }

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = :username")
                .param("username", username)
                .query((rs, row) -> account(rs)).optional();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", secret_hash FROM account WHERE username = :username")
                .param("username", username)
                .query((rs, row) -> new Credentials(account(rs), rs.getString("secret_hash"))).optional();
    }

    /** One page, by username (byte order, whatever the database's locale). */
    public List<Account> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY username COLLATE \"C\" LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> account(rs)).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    /** Inserts the account unless one of that username exists; whether it was inserted. */
    public boolean insertIfAbsent(Account account, String secretHash) {
        int inserted = jdbc.sql("""
                        INSERT INTO account (username, kind, secret_hash, role, townships, unit_code, deputy_id, enabled,
                                             version, created_at, created_by, updated_at, updated_by)
                        VALUES (:username, :kind, :hash, :role, :townships, :unit, :deputy, :enabled,
                                :version, :createdAt, :createdBy, :updatedAt, :updatedBy)
                        ON CONFLICT (username) DO NOTHING""")
                .param("username", account.username())
                .param("kind", account.kind().name())
                .param("hash", secretHash)
                .param("role", account.role().name())
                .param("townships", textArray(account.scope().townships()))
                .param("unit", account.scope().unitCode())
                .param("deputy", account.scope().deputyId())
                .param("enabled", account.enabled())
                .param("version", account.version())
                .param("createdAt", Timestamp.from(account.createdAt()))
                .param("createdBy", account.createdBy())
                .param("updatedAt", Timestamp.from(account.updatedAt()))
                .param("updatedBy", account.updatedBy())
                .update();
        return inserted == 1;
    }

    /**
     * Replaces role, scope and enabled flag and moves the version on, only if the account is still at
     * {@code expectedVersion}; whether it was.
     */
    public boolean update(String username, long expectedVersion, Role role, AccountScope scope, boolean enabled,
                          Instant at, String by) {
        return jdbc.sql("""
                        UPDATE account SET role = :role, townships = :townships, unit_code = :unit, deputy_id = :deputy,
                               enabled = :enabled, version = version + 1, updated_at = :at, updated_by = :by
                        WHERE username = :username AND version = :version""")
                .param("role", role.name())
                .param("townships", textArray(scope.townships()))
                .param("unit", scope.unitCode())
                .param("deputy", scope.deputyId())
                .param("enabled", enabled)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("username", username)
                .param("version", expectedVersion)
                .update() == 1;
    }

    /** A new password or secret (already hashed); the version moves on, and a lock-out ends with the old password. */
    public boolean setSecret(String username, String secretHash, Instant at, String by) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :username").param("username", username).update();
        return jdbc.sql("""
                        UPDATE account SET secret_hash = :hash, version = version + 1, updated_at = :at, updated_by = :by
                        WHERE username = :username""")
                .param("hash", secretHash).param("at", Timestamp.from(at)).param("by", by).param("username", username)
                .update() == 1;
    }

    /** The same secret re-hashed with a stronger encoding (on successful authentication); nothing else changes. */
    public void upgradeSecretHash(String username, String secretHash) {
        jdbc.sql("UPDATE account SET secret_hash = :hash WHERE username = :username")
                .param("hash", secretHash).param("username", username).update();
    }

    public long countEnabledAdmins() {
        return jdbc.sql("SELECT count(*) FROM account WHERE role = 'COUNTY_ADMIN' AND enabled").query(Long.class).single();
    }

    /**
     * Usernames of the enabled county admins, locked until the end of the transaction, so that two
     * concurrent changes cannot both remove what each thinks is not the last one.
     */
    public List<String> lockEnabledAdmins() {
        return jdbc.sql("SELECT username FROM account WHERE role = 'COUNTY_ADMIN' AND enabled ORDER BY username FOR UPDATE")
                .query(String.class).list();
    }

    /** Appends the account's state after a change to {@code account_change}. */
    public void recordChange(Account after, String change) {
        jdbc.sql("""
                        INSERT INTO account_change (username, change, changed_at, changed_by, role, townships, unit_code,
                                                    deputy_id, enabled)
                        VALUES (:username, :change, :at, :by, :role, :townships, :unit, :deputy, :enabled)""")
                .param("username", after.username())
                .param("change", change)
                .param("at", Timestamp.from(after.updatedAt()))
                .param("by", after.updatedBy())
                .param("role", after.role().name())
                .param("townships", textArray(after.scope().townships()))
                .param("unit", after.scope().unitCode())
                .param("deputy", after.scope().deputyId())
                .param("enabled", after.enabled())
                .update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        Array townships = rs.getArray("townships");
        List<String> codes = townships == null ? List.of() : Arrays.asList((String[]) townships.getArray());
        return new Account(rs.getString("username"), AccountKind.valueOf(rs.getString("kind")),
                Role.valueOf(rs.getString("role")),
                new AccountScope(codes, rs.getString("unit_code"), rs.getObject("deputy_id", UUID.class)),
                rs.getBoolean("enabled"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static SqlTypeValue textArray(List<String> values) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("text", values.toArray());
            }
        };
    }
}
