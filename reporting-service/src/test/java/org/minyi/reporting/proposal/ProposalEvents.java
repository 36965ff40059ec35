package org.minyi.reporting.proposal;

import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.reporting.EventFeed;

import java.time.LocalDate;
import java.util.UUID;

/** Contract events of proposals, as proposal-service publishes them, sent through an {@link EventFeed}. */
record ProposalEvents(EventFeed feed) implements AutoCloseable {

    PublicEvent send(String type, String id, String township, String json) {
        return feed.send(Topics.PROPOSAL_EVENTS, type, id, township, json);
    }

    void submitted(String id, String congress, String township, String kind, String category, String session, String on) {
        send(EventTypes.PROPOSAL_SUBMITTED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","kind":"%s","congressLevel":"%s",
                 "category":"%s","sessionId":%s,"submittedOn":"%s","leadDeputyId":"%s","coSignerIds":[],
                 "signerCount":1,"recordedBy":"t"}""".formatted(id, congress, township, kind,
                congress.length() == 6 ? "COUNTY" : "TOWNSHIP", category, session == null ? "null" : "\"" + session + "\"",
                on, UUID.randomUUID()));
    }

    void registered(String id, String congress, String township, String on) {
        send(EventTypes.PROPOSAL_REGISTERED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","registeredOn":"%s","recordedBy":"t"}"""
                .formatted(id, congress, township, on));
    }

    void assigned(String id, String congress, String township, String on, String unit, boolean complex, String due) {
        send(EventTypes.PROPOSAL_ASSIGNED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","assignedOn":"%s","leadUnitCode":"%s",
                 "coUnitCodes":[],"complex":%s,"replyDueOn":"%s","round":1,"recordedBy":"t"}"""
                .formatted(id, congress, township, on, unit, complex, due));
    }

    void consulted(String id, String congress, String township, int round, String on) {
        send(EventTypes.PROPOSAL_CONSULTATION_HELD, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","round":%d,"heldOn":"%s","form":"FACE_TO_FACE",
                 "attendeeCount":2,"recordedBy":"t"}""".formatted(id, congress, township, round, on));
    }

    void waived(String id, String congress, String township, int round, String on) {
        send(EventTypes.PROPOSAL_CONSULTATION_WAIVED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","round":%d,"waivedOn":"%s","recordedBy":"t"}"""
                .formatted(id, congress, township, round, on));
    }

    PublicEvent replied(String id, String congress, String township, int round, String on, String replyClass,
                        boolean consulted, String due) {
        String planned = replyClass.equals("B") ? "\"" + LocalDate.parse(on).plusMonths(3) + "\"" : "null";
        return send(EventTypes.PROPOSAL_REPLIED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","round":%d,"repliedOn":"%s","replyClass":"%s",
                 "plannedCompletionOn":%s,"consulted":%s,"replyDueOn":"%s","onTime":%s,"recordedBy":"t"}"""
                .formatted(id, congress, township, round, on, replyClass, planned, consulted, due,
                        !LocalDate.parse(on).isAfter(LocalDate.parse(due))));
    }

    void evaluated(String id, String congress, String township, int round, String on, String result) {
        send(EventTypes.PROPOSAL_EVALUATED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","round":%d,"evaluatedOn":"%s","result":"%s",
                 "recordedBy":"t"}""".formatted(id, congress, township, round, on, result));
    }

    PublicEvent rehandling(String id, String congress, String township, int round, String on, String due) {
        return send(EventTypes.PROPOSAL_REHANDLING_STARTED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","round":%d,"startedOn":"%s","replyDueOn":"%s",
                 "recordedBy":"t"}""".formatted(id, congress, township, round, on, due));
    }

    void closed(String id, String congress, String township, int round, String on) {
        send(EventTypes.PROPOSAL_CLOSED, id, township, """
                {"proposalId":"%s","congressCode":"%s","townshipCode":"%s","round":%d,"closedOn":"%s","byPresidium":false,
                 "recordedBy":"t"}""".formatted(id, congress, township, round, on));
    }

    @Override
    public void close() {
        feed.close();
    }
}
