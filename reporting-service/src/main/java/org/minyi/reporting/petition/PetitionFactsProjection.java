package org.minyi.reporting.petition;

import org.minyi.contract.EventTypes;
import org.minyi.platform.consuming.ConsumedEvent;
import org.minyi.platform.consuming.EventProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Projects petition events into {@code petition_fact}; the platform consumer applies each event once. */
@Component
public class PetitionFactsProjection implements EventProjection {

    private final JdbcClient jdbc;

    public PetitionFactsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean handles(String type) {
        return EventTypes.PETITION_RECEIVED.equals(type);
    }

    @Override
    public List<String> tables() {
        return List.of("petition_fact");
    }

    @Override
    public void apply(ConsumedEvent event) {
        JsonNode d = event.data();
        jdbc.sql("""
                        INSERT INTO petition_fact (petition_id, township_code, village_code, channel, received_on,
                            visitors, petitioner_count, collective)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(d.path("petitionId").asString()), d.path("townshipCode").asString(),
                        text(d, "villageCode"), d.path("channel").asString(),
                        LocalDate.parse(d.path("receivedOn").asString()),
                        d.path("visitors").isNumber() ? d.path("visitors").asInt() : null,
                        d.path("petitionerCount").asInt(), d.path("collective").asBoolean())
                .update();
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.path(field);
        return n.isString() ? n.asString() : null;
    }
}
