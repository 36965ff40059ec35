package org.minyi.reporting.kernel;

import org.minyi.platform.consuming.ConsumedEvent;
import org.minyi.platform.consuming.EventProjection;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

/**
 * A projection of public events into facts tables: the event types it applies, and the tables it alone writes
 * (which a rebuild empties before replaying the topics). The platform consumer applies each event once, inside
 * the transaction that records it as consumed.
 */
public abstract class FactsProjection implements EventProjection {

    protected final JdbcClient jdbc;
    private final Set<String> types;
    private final List<String> tables;

    protected FactsProjection(JdbcClient jdbc, Set<String> types, List<String> tables) {
        this.jdbc = jdbc;
        this.types = Set.copyOf(types);
        this.tables = List.copyOf(tables);
    }

    @Override
    public final boolean handles(String type) {
        return types.contains(type);
    }

    @Override
    public final List<String> tables() {
        return tables;
    }

    @Override
    public final void apply(ConsumedEvent event) {
        apply(event.type(), EventData.of(event));
    }

    /** Applies one event of {@code type} (one this projection handles) with its payload. */
    protected abstract void apply(String type, EventData d);
}
