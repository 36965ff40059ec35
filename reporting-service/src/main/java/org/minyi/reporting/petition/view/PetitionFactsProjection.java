package org.minyi.reporting.petition.view;

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
 * Projects every petition event into {@code petition_fact} (one row per petition) and
 * {@code petition_round_fact} (one row per handling round). The platform consumer applies each event once;
 * every write here is still an upsert or a keyed update that only fills or keeps facts, so a step arriving
 * before the receipt (or a redelivery) leaves the same rows. Dates and deadlines are copied from the events
 * as they are: the reporting side never computes a deadline, and the reports decide from the business dates
 * what had happened as of a date.
 */
@Component
public class PetitionFactsProjection extends FactsProjection {

    private static final Set<String> TYPES = Set.of(EventTypes.PETITION_RECEIVED, EventTypes.PETITION_DEADLINES_SET,
            EventTypes.PETITION_REGISTERED, EventTypes.PETITION_INSTRUCTED, EventTypes.PETITION_CASE_OWNERSHIP_TAKEN,
            EventTypes.PETITION_APPOINTMENT_HELD, EventTypes.PETITION_ASSIGNED, EventTypes.PETITION_TRANSFERRED,
            EventTypes.PETITION_NOT_ACCEPTED, EventTypes.PETITION_SUPERVISED, EventTypes.PETITION_DEADLINE_EXTENDED,
            EventTypes.PETITION_COMPLETED, EventTypes.PETITION_ANSWERED, EventTypes.PETITION_RETURN_VISITED,
            EventTypes.PETITION_REVIEW_REQUESTED, EventTypes.PETITION_ARCHIVED);

    public PetitionFactsProjection(JdbcClient jdbc) {
        super(jdbc, TYPES, List.of("petition_fact", "petition_round_fact"));
    }

    @Override
    protected void apply(String type, EventData d) {
        UUID id = d.uuid("petitionId");
        if (EventTypes.PETITION_RECEIVED.equals(type)) {
            received(id, d);
            return;
        }
        petitionFacts(id, d);
        int round = d.integer("round", 1);
        switch (type) {
            case EventTypes.PETITION_DEADLINES_SET -> jdbc.sql("""
                            UPDATE petition_fact SET registration_deadline = ?, disposition_deadline = ? WHERE petition_id = ?""")
                    .params(d.dateOrNull("registrationDeadline"), d.dateOrNull("dispositionDeadline"), id).update();
            case EventTypes.PETITION_REGISTERED -> jdbc.sql("""
                            UPDATE petition_fact SET registered_on = ?, registration_deadline = ?, disposition_deadline = ?,
                                repeat_of = ? WHERE petition_id = ?""")
                    .params(d.dateOrNull("registeredOn"), d.dateOrNull("registrationDeadline"),
                            d.dateOrNull("dispositionDeadline"), d.uuidOrNull("repeatOf"), id)
                    .update();
            case EventTypes.PETITION_ASSIGNED -> {
                disposed(id, "ASSIGNED", d.dateOrNull("assignedOn"), d);
                roundStarted(id, round, d.dateOrNull("assignedOn"), d.dateOrNull("completionDeadline"));
            }
            case EventTypes.PETITION_TRANSFERRED -> {
                disposed(id, "TRANSFERRED", d.dateOrNull("transferredOn"), d);
                roundStarted(id, round, d.dateOrNull("transferredOn"), d.dateOrNull("completionDeadline"));
            }
            case EventTypes.PETITION_NOT_ACCEPTED -> {
                disposed(id, "NOT_ACCEPTED", d.dateOrNull("decidedOn"), d);
                // No handling: the decision leads straight to the answer (告知), due from the decision.
                roundStarted(id, round, d.dateOrNull("decidedOn"), null);
                roundUpdate(id, round, "answer_deadline = ?", d.dateOrNull("answerDeadline"));
            }
            case EventTypes.PETITION_REVIEW_REQUESTED ->
                    roundStarted(id, round, d.dateOrNull("requestedOn"), d.dateOrNull("completionDeadline"));
            case EventTypes.PETITION_DEADLINE_EXTENDED -> {
                roundStarted(id, round, null, d.dateOrNull("previousCompletionDeadline"));
                roundUpdate(id, round, "extended_on = ?, extension_days = ?, extended_completion_deadline = ?",
                        d.dateOrNull("extendedOn"), d.integer("days"), d.dateOrNull("completionDeadline"));
            }
            case EventTypes.PETITION_COMPLETED -> {
                roundStarted(id, round, null, null);
                roundUpdate(id, round, "completed_on = ?, answer_deadline = ?", d.dateOrNull("completedOn"),
                        d.dateOrNull("answerDeadline"));
            }
            case EventTypes.PETITION_ANSWERED -> {
                roundStarted(id, round, null, null);
                roundUpdate(id, round, "answer_deadline = coalesce(answer_deadline, ?), answered_on = ?, return_visit_deadline = ?",
                        d.dateOrNull("answerDeadline"), d.dateOrNull("answeredOn"), d.dateOrNull("returnVisitDeadline"));
            }
            case EventTypes.PETITION_RETURN_VISITED -> {
                roundStarted(id, round, null, null);
                roundUpdate(id, round, "return_visit_deadline = coalesce(return_visit_deadline, ?), visited_on = ?, satisfaction = ?",
                        d.dateOrNull("returnVisitDeadline"), d.dateOrNull("visitedOn"), d.text("satisfaction"));
            }
            default -> {
                // Instruction, case ownership, appointment, supervision, archiving: no figure counts them; their
                // petition facts above are all they add.
            }
        }
    }

    private void received(UUID id, EventData d) {
        // The village may have been corrected at registration: a receipt arriving later does not overwrite it.
        jdbc.sql("""
                        INSERT INTO petition_fact (petition_id, township_code, village_code, channel, received_on,
                            visitors, petitioner_count, collective)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (petition_id) DO UPDATE SET channel = EXCLUDED.channel, visitors = EXCLUDED.visitors,
                            petitioner_count = EXCLUDED.petitioner_count, collective = EXCLUDED.collective,
                            village_code = coalesce(petition_fact.village_code, EXCLUDED.village_code)""")
                .params(id, d.text("townshipCode"), d.textOrNull("villageCode"), d.text("channel"), d.dateOrNull("receivedOn"),
                        d.integerOrNull("visitors"), d.integer("petitionerCount"), d.bool("collective"))
                .update();
    }

    /** The facts every step event repeats: kept current, and enough to place a petition seen first by a step. */
    private void petitionFacts(UUID id, EventData d) {
        Set<String> flags = d.strings("flags");
        // DeadlinesSet carries no classification: it must not clear the flags a step set.
        boolean classified = d.has("flags");
        jdbc.sql("""
                        INSERT INTO petition_fact (petition_id, township_code, village_code, received_on, category,
                            repeat, level_skipping, important, complaint_against_unit, unit_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (petition_id) DO UPDATE SET
                            village_code = coalesce(EXCLUDED.village_code, petition_fact.village_code),
                            category = coalesce(EXCLUDED.category, petition_fact.category),
                            repeat = CASE WHEN ? THEN EXCLUDED.repeat ELSE petition_fact.repeat END,
                            level_skipping = CASE WHEN ? THEN EXCLUDED.level_skipping ELSE petition_fact.level_skipping END,
                            important = CASE WHEN ? THEN EXCLUDED.important ELSE petition_fact.important END,
                            complaint_against_unit = CASE WHEN ? THEN EXCLUDED.complaint_against_unit
                                ELSE petition_fact.complaint_against_unit END,
                            unit_code = coalesce(EXCLUDED.unit_code, petition_fact.unit_code)""")
                .params(id, d.text("townshipCode"), d.textOrNull("villageCode"), d.dateOrNull("receivedOn"),
                        d.textOrNull("category"), flags.contains("REPEAT"), flags.contains("LEVEL_SKIPPING"),
                        flags.contains("IMPORTANT"), flags.contains("COMPLAINT_AGAINST_UNIT"), d.textOrNull("unitCode"),
                        classified, classified, classified, classified)
                .update();
    }

    private void disposed(UUID id, String kind, LocalDate on, EventData d) {
        jdbc.sql("""
                        UPDATE petition_fact SET disposition = ?, disposed_on = ?,
                            disposition_deadline = coalesce(disposition_deadline, ?) WHERE petition_id = ?""")
                .params(kind, on, d.dateOrNull("dispositionDeadline"), id).update();
    }

    /** Creates the round if unseen; fills its start and completion deadline when this event carries them. */
    private void roundStarted(UUID id, int round, LocalDate startedOn, LocalDate completionDeadline) {
        jdbc.sql("""
                        INSERT INTO petition_round_fact (petition_id, round, started_on, completion_deadline) VALUES (?, ?, ?, ?)
                        ON CONFLICT (petition_id, round) DO UPDATE SET
                            started_on = coalesce(EXCLUDED.started_on, petition_round_fact.started_on),
                            completion_deadline = coalesce(EXCLUDED.completion_deadline, petition_round_fact.completion_deadline)""")
                .params(id, round, startedOn, completionDeadline).update();
    }

    private void roundUpdate(UUID id, int round, String set, Object... values) {
        jdbc.sql("UPDATE petition_round_fact SET " + set + " WHERE petition_id = ? AND round = ?")
                .params(values).param(id).param(round).update();
    }
}
