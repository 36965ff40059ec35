package org.minyi.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates event payloads against the contract's JSON Schemas. Publishers check what they send,
 * consumers check what they read: both sides rely on the schema, not on shared classes.
 */
public final class ContractSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Draft 2020-12 treats "format" as a mere annotation; the contract means it (a "date" is a calendar date,
    // a "uuid" an id), so both sides assert it.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /** Whether this contract version defines the type. Unknown types may come from a newer publisher. */
    public static boolean knows(String type) {
        return EventTypes.ALL.contains(type);
    }

    /** Parses the payload and checks it against the type's schema; returns the problems found (empty if valid). */
    public static List<String> problems(String type, byte[] data) {
        JsonNode node;
        try {
            node = JSON.readTree(data);
        } catch (JacksonException e) {
            return List.of("payload is not JSON");
        }
        return problems(type, node);
    }

    public static List<String> problems(String type, JsonNode payload) {
        if (!knows(type)) {
            return List.of("unknown event type " + type);
        }
        return schema(type).validate(payload).stream().map(Error::toString).toList();
    }

    /** Parses and validates, throwing {@link InvalidEventException} when the payload breaks the contract. */
    public static JsonNode parseValid(String type, byte[] data) {
        List<String> problems = problems(type, data);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(type, problems);
        }
        return JSON.readTree(data);
    }

    static Schema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            String resource = EventTypes.schemaResource(t);
            try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing JSON Schema " + resource + " for " + t);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
