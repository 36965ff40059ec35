package org.minyi.platform;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Applies the platform's own tables (event store, consumed events) with Flyway, each part with its
 * own history table so the platform and the service's own migrations version independently.
 */
public final class PlatformSchema {

    private PlatformSchema() {
    }

    public static void migrate(DataSource dataSource, String part) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:org/minyi/platform/db/" + part)
                .table("minyi_" + part + "_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
