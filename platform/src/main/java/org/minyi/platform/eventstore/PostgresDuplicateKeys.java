package org.minyi.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an append failed on the event store's unique key (aggregate id, sequence number), as
 * PostgreSQL reports it: pgjdbc throws a plain {@code PSQLException} with SQLState 23505, never the
 * {@code SQLIntegrityConstraintViolationException} Axon's JDBC resolver waits for. Recognised, the loser of
 * two writers gets Axon's {@code ConcurrencyException} (or {@code AggregateStreamCreationException} for two
 * creates of one id) instead of a generic storage error, so {@link IdempotentCreate} and the 412 mapping work.
 */
public class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
