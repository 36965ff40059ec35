package org.minyi.platform.publishing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.minyi.platform.audit.AuditRecord;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads an audit record off a stored domain event, the same way in every write service: the actor and whom it
 * acted for from the event's {@code recordedBy()} and {@code onBehalfOf()}; the item from the aggregate id, its
 * kind from the event's component holding that id ({@code petitionId} → PETITION, {@code groupId} → GROUP,
 * {@code activityId} → ACTIVITY ...); the action as the contract names the step (the public event's name, e.g.
 * {@code PetitionReturnVisited}) or, for a step not published, the internal event's name; the township from the
 * public event, else the event's {@code townshipCode()} or that of a component that has one (the petition's
 * facts). An event without {@code recordedBy} is no one's action and gives no record. Nothing else of the event
 * is read: no names, no notes.
 */
public class AuditedEvents {

    private static final Pattern TOWNSHIP = Pattern.compile("[0-9]{9}");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("org\\.minyi\\.[a-z]+\\.([A-Za-z]+)\\.v[0-9]+");

    private final List<PublicEventMapper> mappers;
    private final String service;

    public AuditedEvents(List<PublicEventMapper> mappers, String service) {
        this.mappers = List.copyOf(mappers);
        this.service = service;
    }

    public Optional<AuditRecord> describe(Object payload, EventMessage<?> message) {
        if (!(payload instanceof Record event) || !(message instanceof DomainEventMessage<?> domain)) {
            return Optional.empty();
        }
        String actor = text(event, "recordedBy");
        if (actor == null || actor.isBlank()) {
            return Optional.empty();
        }
        String itemId = domain.getAggregateIdentifier();
        Optional<PublicEventMapper.PublicPayload> published = mappers.stream()
                .map(m -> m.toPublicEvents(payload)).filter(l -> !l.isEmpty()).findFirst().map(l -> l.get(0));
        String action = published.map(p -> PUBLIC_TYPE.matcher(p.type()))
                .filter(java.util.regex.Matcher::matches).map(m -> m.group(1))
                .orElse(payload.getClass().getSimpleName());
        String township = published.map(PublicEventMapper.PublicPayload::townshipCode)
                .or(() -> Optional.ofNullable(township(event)))
                .filter(t -> TOWNSHIP.matcher(t).matches()).orElse(null);
        // Not the event's own id: consumers of several topics deduplicate on ids, and the public event has that one.
        UUID recordId = UUID.nameUUIDFromBytes(("audit/" + message.getIdentifier()).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new AuditRecord(recordId, message.getTimestamp(), service, action,
                itemKind(event, itemId, domain.getType()), itemId, township, actor, text(event, "onBehalfOf")));
    }

    /** The kind named by the component that holds the aggregate id ({@code groupId} → GROUP), else the aggregate's type. */
    static String itemKind(Record event, String itemId, String aggregateType) {
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            if (c.getName().endsWith("Id") && c.getName().length() > 2 && itemId.equals(String.valueOf(value(event, c)))) {
                return upperSnake(c.getName().substring(0, c.getName().length() - 2));
            }
        }
        return upperSnake(aggregateType == null || aggregateType.isBlank() ? "ITEM" : aggregateType);
    }

    private static String township(Record event) {
        String own = text(event, "townshipCode");
        if (own != null) {
            return own;
        }
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            if (value(event, c) instanceof Record nested) {
                String inner = text(nested, "townshipCode");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String text(Record event, String component) {
        for (RecordComponent c : event.getClass().getRecordComponents()) {
            if (c.getName().equals(component) && c.getType() == String.class) {
                return (String) value(event, c);
            }
        }
        return null;
    }

    private static Object value(Record event, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
