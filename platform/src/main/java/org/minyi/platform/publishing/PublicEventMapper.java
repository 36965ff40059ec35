package org.minyi.platform.publishing;

import java.util.List;
import java.util.Optional;

/**
 * A write service's translation of its internal events into the public contract. Internal event
 * classes may change freely; what this returns must match the type's JSON Schema (checked on send).
 */
public interface PublicEventMapper {

    /** The public form of an internal event, or empty when the event is not published. */
    Optional<PublicPayload> toPublic(Object internalEvent);

    /**
     * Every public event an internal event is published as, in order. Usually the one of
     * {@link #toPublic}; a mapper overrides this when one internal event says more than one public type
     * can carry, e.g. a fact a published type version cannot take without breaking its schema. The first
     * goes out under the internal event's id, each next one under an id derived from it and its type.
     */
    default List<PublicPayload> toPublicEvents(Object internalEvent) {
        return toPublic(internalEvent).stream().toList();
    }

    /**
     * @param type         contract type, e.g. {@link org.minyi.contract.EventTypes#PETITION_RECEIVED}
     * @param townshipCode the tenancy key, sent as the {@code townshipcode} extension
     * @param data         serialised to JSON as the record value (a record or a map)
     */
    record PublicPayload(String type, String townshipCode, Object data) {
    }
}
