package org.minyi.reporting.kernel;

import org.minyi.platform.consuming.ConsumedEvent;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An event's payload as the facts projections read it. The payload has passed the contract's schema, so a
 * field the schema requires is read as it is ({@link #uuid}, {@link #date}, {@link #text}); a field it leaves
 * optional is read with the {@code OrNull} methods, null when absent or null.
 */
public record EventData(JsonNode json) {

    public static EventData of(ConsumedEvent event) {
        return new EventData(event.data());
    }

    public boolean has(String field) {
        return json.has(field);
    }

    public UUID uuid(String field) {
        return UUID.fromString(json.path(field).asString());
    }

    public UUID uuidOrNull(String field) {
        return json.path(field).isString() ? uuid(field) : null;
    }

    public LocalDate date(String field) {
        return LocalDate.parse(json.path(field).asString());
    }

    public LocalDate dateOrNull(String field) {
        return json.path(field).isString() ? date(field) : null;
    }

    public String text(String field) {
        return json.path(field).asString();
    }

    public String textOrNull(String field) {
        return json.path(field).isString() ? text(field) : null;
    }

    public int integer(String field) {
        return json.path(field).asInt();
    }

    /** The number, or {@code absent} when the field is missing or not a number. */
    public int integer(String field, int absent) {
        return json.path(field).asInt(absent);
    }

    public Integer integerOrNull(String field) {
        return json.path(field).isNumber() ? json.path(field).asInt() : null;
    }

    public boolean bool(String field) {
        return json.path(field).asBoolean();
    }

    public BigDecimal decimal(String field) {
        return json.path(field).decimalValue();
    }

    /** The strings of an array field; empty when absent. */
    public Set<String> strings(String field) {
        Set<String> values = new HashSet<>();
        json.path(field).forEach(v -> values.add(v.asString()));
        return values;
    }

    /** The ids of an array field, in order; empty when absent. */
    public List<UUID> uuids(String field) {
        List<UUID> ids = new ArrayList<>();
        json.path(field).forEach(v -> ids.add(UUID.fromString(v.asString())));
        return ids;
    }

    /** The objects of an array field, in order; empty when absent. */
    public List<EventData> objects(String field) {
        List<EventData> objects = new ArrayList<>();
        json.path(field).forEach(o -> objects.add(new EventData(o)));
        return objects;
    }
}
