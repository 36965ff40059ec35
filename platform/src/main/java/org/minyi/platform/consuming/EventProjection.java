package org.minyi.platform.consuming;

/**
 * Applies public events to a read model. Called inside the transaction that also records the event
 * id as consumed, and only the first time an id is seen, so an implementation writes plainly
 * (through the service's JDBC access) without deduplicating itself.
 */
public interface EventProjection {

    /** Whether this projection wants events of the given contract type. */
    boolean handles(String type);

    void apply(ConsumedEvent event);

    /**
     * The read-model tables this projection writes and alone owns: a rebuild empties them before the topics
     * are replayed from the start ({@link ReadModelRebuild}).
     */
    default java.util.List<String> tables() {
        return java.util.List.of();
    }
}
