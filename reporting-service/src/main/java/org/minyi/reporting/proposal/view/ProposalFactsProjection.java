package org.minyi.reporting.proposal.view;

import org.minyi.contract.EventTypes;
import org.minyi.reporting.kernel.EventData;
import org.minyi.reporting.kernel.FactsProjection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Projects every proposal event into the proposal facts, keeping each step's business date so the reports
 * can ask "as of" any date. Every write is an upsert or a keyed update that creates the row it needs: a step
 * of a proposal whose submission has not been seen is kept and completed when the submission arrives.
 * Events of one proposal arrive in order (one key, one partition), which the ordinal keys of the
 * implementation and supervision records rely on; the platform applies each event id once.
 */
@Component
public class ProposalFactsProjection extends FactsProjection {

    private static final Set<String> TYPES = Set.of(EventTypes.PROPOSAL_SUBMITTED, EventTypes.PROPOSAL_REGISTERED,
            EventTypes.PROPOSAL_REJECTED, EventTypes.PROPOSAL_CONVERTED, EventTypes.PROPOSAL_ASSIGNED,
            EventTypes.PROPOSAL_CONSULTATION_HELD, EventTypes.PROPOSAL_CONSULTATION_WAIVED, EventTypes.PROPOSAL_REPLIED,
            EventTypes.PROPOSAL_EVALUATED, EventTypes.PROPOSAL_REHANDLING_STARTED, EventTypes.PROPOSAL_CLOSED,
            EventTypes.PROPOSAL_DEFERRED, EventTypes.PROPOSAL_ESCALATED, EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED,
            EventTypes.PROPOSAL_SUPERVISION_RECORDED);

    public ProposalFactsProjection(JdbcClient jdbc) {
        super(jdbc, TYPES, List.of("proposal_fact", "proposal_round_fact", "proposal_implementation_fact",
                "proposal_supervision_fact", "proposal_signature_fact"));
    }

    @Override
    protected void apply(String type, EventData d) {
        UUID id = d.uuid("proposalId");
        switch (type) {
            case EventTypes.PROPOSAL_SUBMITTED -> submitted(id, d);
            case EventTypes.PROPOSAL_REGISTERED -> item(id, d, "registered_on", d.date("registeredOn"));
            case EventTypes.PROPOSAL_REJECTED -> item(id, d, "rejected_on", d.date("rejectedOn"));
            case EventTypes.PROPOSAL_CONVERTED -> {
                item(id, d, "converted_on", d.date("convertedOn"));
                jdbc.sql("""
                                UPDATE proposal_signature_fact SET role = replace(role, 'MOTION_', 'SUGGESTION_')
                                WHERE proposal_id = ?""")
                        .param(id).update();
            }
            case EventTypes.PROPOSAL_ASSIGNED -> {
                ensureItem(id, d);
                jdbc.sql("""
                                UPDATE proposal_fact SET assigned_on = ?, lead_unit_code = ?, complex = ?, reply_due_on = ?
                                WHERE proposal_id = ?""")
                        .params(d.date("assignedOn"), d.text("leadUnitCode"), d.bool("complex"),
                                d.date("replyDueOn"), id)
                        .update();
                round(id, d.integer("round"), "started_on = ?, reply_due_on = ?", d.date("assignedOn"),
                        d.date("replyDueOn"));
            }
            case EventTypes.PROPOSAL_REHANDLING_STARTED -> {
                ensureItem(id, d);
                round(id, d.integer("round"), "started_on = ?, reply_due_on = ?", d.date("startedOn"),
                        d.date("replyDueOn"));
            }
            case EventTypes.PROPOSAL_CONSULTATION_HELD -> {
                ensureItem(id, d);
                // A round may hold several consultations; the first one is what preceded the reply.
                round(id, d.integer("round"), "consulted_on = coalesce(r.consulted_on, ?)", d.date("heldOn"));
            }
            case EventTypes.PROPOSAL_CONSULTATION_WAIVED -> {
                ensureItem(id, d);
                round(id, d.integer("round"), "waived_on = ?", d.date("waivedOn"));
            }
            case EventTypes.PROPOSAL_DEFERRED -> {
                ensureItem(id, d);
                round(id, d.integer("round"), "deferred_on = ?, deferred_latest_on = ?", d.date("deferredOn"),
                        d.date("latestOn"));
            }
            case EventTypes.PROPOSAL_REPLIED -> {
                ensureItem(id, d);
                // The reply carries its round's deadline too, so a reply whose assignment was not seen still counts.
                round(id, d.integer("round"), """
                                replied_on = ?, reply_class = ?, planned_completion_on = ?, reply_consulted = ?,
                                reply_due_on = coalesce(r.reply_due_on, ?)""",
                        d.date("repliedOn"), d.text("replyClass"), d.dateOrNull("plannedCompletionOn"),
                        d.bool("consulted"), d.date("replyDueOn"));
                if (d.integer("round") == 1) {
                    jdbc.sql("UPDATE proposal_fact SET reply_due_on = coalesce(reply_due_on, ?) WHERE proposal_id = ?")
                            .params(d.date("replyDueOn"), id).update();
                }
            }
            case EventTypes.PROPOSAL_EVALUATED -> {
                ensureItem(id, d);
                round(id, d.integer("round"), "evaluated_on = ?, evaluation_result = ?", d.date("evaluatedOn"),
                        d.text("result"));
            }
            case EventTypes.PROPOSAL_CLOSED -> {
                ensureItem(id, d);
                jdbc.sql("UPDATE proposal_fact SET closed_on = ?, closed_by_presidium = ? WHERE proposal_id = ?")
                        .params(d.date("closedOn"), d.bool("byPresidium"), id).update();
            }
            case EventTypes.PROPOSAL_ESCALATED -> {
                ensureItem(id, d);
                jdbc.sql("UPDATE proposal_fact SET escalated_on = ?, escalated_to = ? WHERE proposal_id = ?")
                        .params(d.date("escalatedOn"), d.text("toLevel"), id).update();
            }
            case EventTypes.PROPOSAL_IMPLEMENTATION_RECORDED -> {
                ensureItem(id, d);
                // Tied to the latest reply when recorded: a record made for round 1's class-B reply does not
                // make a later round's reply implemented.
                jdbc.sql("""
                                INSERT INTO proposal_implementation_fact (proposal_id, seq, reply_round, recorded_on, implemented)
                                SELECT ?, coalesce((SELECT max(seq) FROM proposal_implementation_fact WHERE proposal_id = ?), 0) + 1,
                                       (SELECT max(round) FROM proposal_round_fact WHERE proposal_id = ? AND replied_on IS NOT NULL),
                                       ?, ?""")
                        .params(id, id, id, d.date("recordedOn"), d.bool("implemented"))
                        .update();
            }
            case EventTypes.PROPOSAL_SUPERVISION_RECORDED -> {
                ensureItem(id, d);
                jdbc.sql("""
                                INSERT INTO proposal_supervision_fact (proposal_id, seq, on_date, type)
                                SELECT ?, coalesce((SELECT max(seq) FROM proposal_supervision_fact WHERE proposal_id = ?), 0) + 1, ?, ?""")
                        .params(id, id, d.date("on"), d.text("type"))
                        .update();
            }
            default -> throw new IllegalArgumentException("not handled: " + type);
        }
    }

    private void submitted(UUID id, EventData d) {
        LocalDate submittedOn = d.date("submittedOn");
        jdbc.sql("""
                        INSERT INTO proposal_fact (proposal_id, congress_code, township_code, kind, congress_level, category,
                            session_id, submitted_on, lead_deputy_id, signer_count)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (proposal_id) DO UPDATE SET congress_code = EXCLUDED.congress_code,
                            township_code = EXCLUDED.township_code, kind = EXCLUDED.kind,
                            congress_level = EXCLUDED.congress_level, category = EXCLUDED.category,
                            session_id = EXCLUDED.session_id, submitted_on = EXCLUDED.submitted_on,
                            lead_deputy_id = EXCLUDED.lead_deputy_id, signer_count = EXCLUDED.signer_count""")
                .params(id, d.text("congressCode"), d.text("townshipCode"), d.text("kind"),
                        d.text("congressLevel"), d.text("category"), d.textOrNull("sessionId"),
                        submittedOn, d.uuid("leadDeputyId"), d.integer("signerCount"))
                .update();
        // A conversion seen before the submission (out of order) already makes the signers' roles a suggestion's.
        boolean converted = jdbc.sql("SELECT converted_on IS NOT NULL FROM proposal_fact WHERE proposal_id = ?")
                .param(id).query(Boolean.class).single();
        String kind = converted ? "SUGGESTION" : d.text("kind");
        sign(id, d.uuid("leadDeputyId"), kind + "_LEAD", submittedOn);
        d.uuids("coSignerIds").forEach(c -> sign(id, c, kind + "_COSIGNER", submittedOn));
    }

    private void sign(UUID proposal, UUID deputy, String role, LocalDate submittedOn) {
        jdbc.sql("""
                        INSERT INTO proposal_signature_fact (proposal_id, deputy_id, role, submitted_on) VALUES (?, ?, ?, ?)
                        ON CONFLICT (proposal_id, deputy_id) DO UPDATE SET role = EXCLUDED.role, submitted_on = EXCLUDED.submitted_on""")
                .params(proposal, deputy, role, submittedOn)
                .update();
    }

    /** The item's row, created from the codes every event carries if the submission has not been seen. */
    private void ensureItem(UUID id, EventData d) {
        jdbc.sql("""
                        INSERT INTO proposal_fact (proposal_id, congress_code, township_code) VALUES (?, ?, ?)
                        ON CONFLICT (proposal_id) DO NOTHING""")
                .params(id, d.text("congressCode"), d.text("townshipCode"))
                .update();
    }

    /** Sets one date column of the item; {@code column} is one of this class's constants, never input. */
    private void item(UUID id, EventData d, String column, LocalDate on) {
        ensureItem(id, d);
        jdbc.sql("UPDATE proposal_fact SET " + column + " = ? WHERE proposal_id = ?").params(on, id).update();
    }

    /** Upserts the round's row and sets {@code assignments} (fixed SQL of this class) with {@code values}. */
    private void round(UUID id, int round, String assignments, Object... values) {
        jdbc.sql("""
                        INSERT INTO proposal_round_fact (proposal_id, round) VALUES (?, ?)
                        ON CONFLICT (proposal_id, round) DO NOTHING""")
                .params(id, round).update();
        jdbc.sql("UPDATE proposal_round_fact r SET " + assignments + " WHERE r.proposal_id = ? AND r.round = ?")
                .params(values).param(id).param(round).update();
    }
}
