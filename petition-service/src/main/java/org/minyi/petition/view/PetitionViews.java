package org.minyi.petition.view;

import org.minyi.petition.model.Category;
import org.minyi.petition.model.Channel;
import org.minyi.petition.model.DueStep;
import org.minyi.petition.model.Flag;
import org.minyi.petition.model.PetitionAction;
import org.minyi.petition.model.PetitionDeadlinePolicy;
import org.minyi.petition.model.PetitionState;
import org.minyi.petition.model.Satisfaction;
import org.minyi.petition.model.SealedPetitioner;
import org.minyi.petition.model.StepDeadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads {@code petition_view} and {@code petition_timeline}, which {@link PetitionViewProjection} writes: one
 * petition with its timeline, or a filtered, ordered page of them.
 */
@Component
public class PetitionViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final TypeReference<List<SealedPetitioner>> PETITIONERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public PetitionViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PetitionView> find(UUID id) {
        List<PetitionView.TimelineEntry> timeline = jdbc.sql("""
                        SELECT action, business_date, recorded_by, on_behalf_of, recorded_at, details
                        FROM petition_timeline WHERE petition_id = ? ORDER BY seq""")
                .param(id)
                .query((rs, i) -> new PetitionView.TimelineEntry(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        JSON.readValue(rs.getString(6), DETAILS)))
                .list();
        return jdbc.sql("SELECT * FROM petition_view WHERE id = ?")
                .param(id)
                .query((rs, i) -> view(rs, timeline))
                .optional();
    }

    /**
     * A list's filter; null parts are not filtered on. {@code townships} limits to a scope when not null;
     * {@code overdue} is judged as of {@code today}; {@code from}/{@code to} bound the receipt date, inclusive;
     * {@code dueBefore} keeps the petitions whose pending step is due on or before it (none pending: left out);
     * {@code flags} must all be present; {@code instructed}: whether a leader's instruction was recorded;
     * {@code owner}: a leader who took the case (包案), as the step named them.
     */
    public record ListQuery(String townshipCode, List<String> townships, PetitionState state, String unitCode,
                            Boolean overdue, Category category, LocalDate from, LocalDate to, LocalDate today,
                            Channel channel, LocalDate dueBefore, List<Flag> flags, Boolean instructed, String owner) {
    }

    public long count(ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT count(*) FROM petition_view" + where).params(params).query(Long.class).single();
    }

    /** One page in the given order (ties by id). Timelines are not read: a list shows none. */
    public List<PetitionView> page(ListQuery query, PetitionListSort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("SELECT * FROM petition_view" + where + " ORDER BY " + sort.orderBy()
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, i) -> view(rs, List.of()))
                .list();
    }

    private static String where(ListQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.townshipCode() != null) {
            conditions.add("township_code = :township");
            params.put("township", query.townshipCode());
        }
        if (query.townships() != null) {
            if (query.townships().isEmpty()) {
                conditions.add("FALSE");
            } else {
                conditions.add("township_code IN (:townships)");
                params.put("townships", query.townships());
            }
        }
        if (query.state() != null) {
            conditions.add("state = :state");
            params.put("state", query.state().name());
        }
        if (query.unitCode() != null) {
            conditions.add("assigned_unit_code = :unit");
            params.put("unit", query.unitCode());
        }
        if (query.category() != null) {
            conditions.add("category = :category");
            params.put("category", query.category().name());
        }
        if (query.overdue() != null) {
            // Overdue is "due on or before" the day the model names (PetitionDeadlinePolicy), as for one petition.
            conditions.add(query.overdue() ? dueBy("overdueBy") : "(deadline IS NULL OR NOT " + dueBy("overdueBy") + ")");
            params.put("overdueBy", PetitionDeadlinePolicy.overdueIfDueBy(query.today()));
        }
        if (query.from() != null) {
            conditions.add("received_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("received_on <= :to");
            params.put("to", query.to());
        }
        if (query.channel() != null) {
            conditions.add("channel = :channel");
            params.put("channel", query.channel().name());
        }
        if (query.dueBefore() != null) {
            conditions.add(dueBy("dueBefore"));
            params.put("dueBefore", query.dueBefore());
        }
        if (query.flags() != null && !query.flags().isEmpty()) {
            conditions.add("flags @> CAST(:flags AS jsonb)");
            params.put("flags", JSON.writeValueAsString(query.flags().stream().distinct().map(Flag::name).toList()));
        }
        if (query.instructed() != null) {
            conditions.add((query.instructed() ? "" : "NOT ") + """
                    EXISTS (SELECT 1 FROM petition_timeline t WHERE t.petition_id = petition_view.id
                        AND t.action = '""" + PetitionAction.INSTRUCT.name() + "')");
        }
        if (query.owner() != null) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM petition_timeline o WHERE o.petition_id = petition_view.id
                        AND o.action = '""" + PetitionAction.TAKE_OWNERSHIP.name() + "' AND o.details ->> 'leader' = :owner)");
            params.put("owner", query.owner());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The step the petition waits for is due on or before the named date; nothing pending never is. */
    private static String dueBy(String parameter) {
        return "deadline <= :" + parameter;
    }

    static StepDeadlines deadlines(ResultSet rs) throws SQLException {
        return new StepDeadlines(rs.getObject("registration_deadline", LocalDate.class),
                rs.getObject("disposition_deadline", LocalDate.class),
                rs.getObject("completion_deadline", LocalDate.class),
                rs.getObject("answer_deadline", LocalDate.class),
                rs.getObject("return_visit_deadline", LocalDate.class),
                rs.getObject("review_request_deadline", LocalDate.class));
    }

    private static PetitionView view(ResultSet rs, List<PetitionView.TimelineEntry> timeline) throws SQLException {
        String category = rs.getString("category");
        String satisfaction = rs.getString("satisfaction");
        String nextStep = rs.getString("next_step");
        return new PetitionView(
                rs.getObject("id", UUID.class), rs.getString("township_code"), rs.getString("village_code"),
                Channel.valueOf(rs.getString("channel")), rs.getObject("received_on", LocalDate.class),
                PetitionState.valueOf(rs.getString("state")), (Integer) rs.getObject("visitors"),
                rs.getInt("petitioner_count"), rs.getBoolean("collective"), rs.getString("subject"),
                rs.getString("content"), rs.getString("accused_unit_code"), rs.getString("assigned_unit_code"),
                JSON.readValue(rs.getString("petitioners"), PETITIONERS),
                category == null ? null : Category.valueOf(category), JSON.readValue(rs.getString("flags"), FLAGS),
                rs.getObject("repeat_of", UUID.class), rs.getString("transferred_to"), rs.getInt("round"),
                rs.getBoolean("extension_used"), satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                nextStep == null ? null : DueStep.valueOf(nextStep), rs.getObject("deadline", LocalDate.class),
                deadlines(rs), rs.getLong("version"), timeline);
    }
}
