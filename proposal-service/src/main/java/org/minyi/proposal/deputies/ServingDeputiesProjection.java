package org.minyi.proposal.deputies;

import org.minyi.contract.EventTypes;
import org.minyi.platform.consuming.ConsumedEvent;
import org.minyi.platform.consuming.EventProjection;
import org.minyi.proposal.model.ServingDeputies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who serves in which congress, from {@code npc.deputy.events} alone (the platform consumer applies
 * each event once, in a transaction with its dedup row): the model's {@link ServingDeputies}. Every write is an upsert, so a duplicate
 * (republished history, a replay) changes nothing, and events of a deputy this service never saw
 * registered are kept rather than refused. Deputy event types it does not use are not handled.
 */
@Component
public class ServingDeputiesProjection implements EventProjection, ServingDeputies {

    static final String SERVING = "SERVING";
    static final String ENDED = "ENDED";

    private final JdbcClient jdbc;

    public ServingDeputiesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean handles(String type) {
        return EventTypes.DEPUTY_REGISTERED.equals(type) || EventTypes.MANDATE_ADDED.equals(type)
                || EventTypes.MANDATE_ENDED.equals(type);
    }

    @Override
    public void apply(ConsumedEvent event) {
        JsonNode d = event.data();
        UUID deputyId = UUID.fromString(d.path("deputyId").asString());
        switch (event.type()) {
            case EventTypes.DEPUTY_REGISTERED -> {
                jdbc.sql("""
                                INSERT INTO known_deputy (deputy_id, name, township_code) VALUES (?, ?, ?)
                                ON CONFLICT (deputy_id) DO UPDATE SET name = EXCLUDED.name,
                                    township_code = EXCLUDED.township_code""")
                        .params(deputyId, d.path("name").asString(), d.path("townshipCode").asString())
                        .update();
                d.path("mandates").forEach(m -> serving(deputyId, m));
            }
            case EventTypes.MANDATE_ADDED -> serving(deputyId, d);
            case EventTypes.MANDATE_ENDED -> jdbc.sql("""
                            INSERT INTO deputy_congress_mandate (deputy_id, level, congress_code, term, status, ended_on)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (deputy_id, level, congress_code, term)
                            DO UPDATE SET status = EXCLUDED.status, ended_on = EXCLUDED.ended_on""")
                    .params(deputyId, d.path("level").asString(), d.path("congressCode").asString(),
                            d.path("term").asInt(), ENDED, LocalDate.parse(d.path("endedOn").asString()))
                    .update();
            default -> {
                // handles() admits only the three types above
            }
        }
    }

    /** A mandate starts serving; one that has already ended (an older event seen again) stays ended. */
    private void serving(UUID deputyId, JsonNode m) {
        jdbc.sql("""
                        INSERT INTO deputy_congress_mandate (deputy_id, level, congress_code, term, elected_on, status)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (deputy_id, level, congress_code, term)
                        DO UPDATE SET elected_on = EXCLUDED.elected_on""")
                .params(deputyId, m.path("level").asString(), m.path("congressCode").asString(),
                        m.path("term").asInt(), LocalDate.parse(m.path("electedOn").asString()), SERVING)
                .update();
    }

    @Override
    public Set<UUID> servingIn(String congressCode, Collection<UUID> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT deputy_id FROM deputy_congress_mandate
                        WHERE congress_code = :congress AND status = 'SERVING' AND deputy_id IN (:ids)""")
                .param("congress", congressCode).param("ids", List.copyOf(deputyIds))
                .query(UUID.class).list());
    }

    @Override
    public Optional<KnownDeputy> find(UUID deputyId) {
        return jdbc.sql("SELECT deputy_id, name, township_code FROM known_deputy WHERE deputy_id = ?")
                .param(deputyId)
                .query((rs, i) -> new KnownDeputy(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    @Override
    public Map<UUID, KnownDeputy> find(Collection<UUID> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT deputy_id, name, township_code FROM known_deputy WHERE deputy_id IN (:ids)")
                .param("ids", List.copyOf(deputyIds))
                .query((rs, i) -> new KnownDeputy(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list().stream().collect(Collectors.toMap(KnownDeputy::id, k -> k));
    }
}
