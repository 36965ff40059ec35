package org.minyi.reporting.petition;

import org.minyi.contract.EventTypes;
import org.minyi.contract.PublicEvent;
import org.minyi.contract.Topics;
import org.minyi.reporting.EventFeed;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One petition's public events as petition-service publishes them (closed schemas: every field named here is
 * in the contract), sent through an {@link EventFeed}. Deadlines are given by the test, worked out by hand, as
 * petition-service would carry them.
 */
public final class PetitionEvents {

    public final String id = UUID.randomUUID().toString();
    private final EventFeed feed;
    private final String township;
    private final String village;
    private final String receivedOn;
    private String category;
    private List<String> flags = List.of();
    private String unit;
    private int round = 1;

    public PetitionEvents(EventFeed feed, String township, String village, String receivedOn) {
        this.feed = feed;
        this.township = township;
        this.village = village;
        this.receivedOn = receivedOn;
    }

    public PublicEvent received(String channel, Integer visitors) {
        return send(EventTypes.PETITION_RECEIVED, """
                {"petitionId":"%s","townshipCode":"%s","villageCode":%s,"channel":"%s","receivedOn":"%s","visitors":%s,
                 "petitionerCount":1,"collective":%s,"recordedBy":"t"}""".formatted(id, township, q(village), channel,
                receivedOn, visitors, visitors != null && visitors >= 5));
    }

    public PublicEvent deadlinesSet(String registrationDeadline, String dispositionDeadline) {
        return send(EventTypes.PETITION_DEADLINES_SET, """
                {"petitionId":"%s","townshipCode":"%s","villageCode":%s,"receivedOn":"%s","registrationDeadline":"%s",
                 "dispositionDeadline":"%s","recordedBy":"t"}""".formatted(id, township, q(village), receivedOn,
                registrationDeadline, dispositionDeadline));
    }

    public PublicEvent registered(String on, String category, List<String> flags, String repeatOf, String registrationDeadline,
                           String dispositionDeadline) {
        this.category = category;
        this.flags = flags;
        return step(EventTypes.PETITION_REGISTERED, """
                "registeredOn":"%s","repeatOf":%s,"registrationDeadline":"%s","dispositionDeadline":"%s\""""
                .formatted(on, q(repeatOf), registrationDeadline, dispositionDeadline));
    }

    public PublicEvent assigned(String on, String unitCode, String dispositionDeadline, String completionDeadline) {
        this.unit = unitCode;
        return step(EventTypes.PETITION_ASSIGNED, """
                "assignedOn":"%s","dispositionDeadline":"%s","completionDeadline":"%s\""""
                .formatted(on, dispositionDeadline, completionDeadline));
    }

    public PublicEvent transferred(String on, String dispositionDeadline, String completionDeadline) {
        return step(EventTypes.PETITION_TRANSFERRED, """
                "transferredOn":"%s","dispositionDeadline":"%s","completionDeadline":"%s\""""
                .formatted(on, dispositionDeadline, completionDeadline));
    }

    public PublicEvent notAccepted(String on, String dispositionDeadline, String answerDeadline) {
        return step(EventTypes.PETITION_NOT_ACCEPTED, """
                "decidedOn":"%s","dispositionDeadline":"%s","answerDeadline":"%s\""""
                .formatted(on, dispositionDeadline, answerDeadline));
    }

    public PublicEvent extended(String on, int days, String previousDeadline, String completionDeadline) {
        return step(EventTypes.PETITION_DEADLINE_EXTENDED, """
                "extendedOn":"%s","days":%d,"previousCompletionDeadline":"%s","completionDeadline":"%s\""""
                .formatted(on, days, previousDeadline, completionDeadline));
    }

    public PublicEvent completed(String on, String completionDeadline, String answerDeadline) {
        return step(EventTypes.PETITION_COMPLETED, """
                "completedOn":"%s","completionDeadline":"%s","answerDeadline":"%s\""""
                .formatted(on, completionDeadline, answerDeadline));
    }

    public PublicEvent answered(String on, String answerDeadline, String returnVisitDeadline) {
        return step(EventTypes.PETITION_ANSWERED, """
                "answeredOn":"%s","answerChannel":"WRITTEN","answerDeadline":"%s","returnVisitDeadline":"%s",
                "reviewRequestDeadline":"%s\"""".formatted(on, answerDeadline, returnVisitDeadline, returnVisitDeadline));
    }

    public PublicEvent returnVisited(String on, String satisfaction, String returnVisitDeadline) {
        return step(EventTypes.PETITION_RETURN_VISITED, """
                "visitedOn":"%s","satisfaction":"%s","returnVisitDeadline":"%s\""""
                .formatted(on, satisfaction, returnVisitDeadline));
    }

    public PublicEvent reviewRequested(String on, String reviewRequestDeadline, String completionDeadline) {
        round++;
        return step(EventTypes.PETITION_REVIEW_REQUESTED, """
                "requestedOn":"%s","reviewRequestDeadline":"%s","completionDeadline":"%s\""""
                .formatted(on, reviewRequestDeadline, completionDeadline));
    }

    public PublicEvent supervised(String on, String step, String stepDeadline) {
        return step(EventTypes.PETITION_SUPERVISED, """
                "supervisedOn":"%s","supervisionType":"URGE","step":"%s","stepDeadline":"%s\""""
                .formatted(on, step, stepDeadline));
    }

    public PublicEvent archived(String on) {
        return step(EventTypes.PETITION_ARCHIVED, "\"archivedOn\":\"" + on + "\"");
    }

    private PublicEvent step(String type, String fields) {
        String flagList = flags.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(","));
        return send(type, """
                {"petitionId":"%s","townshipCode":"%s","villageCode":%s,"receivedOn":"%s","category":%s,"flags":[%s],
                 "unitCode":%s,"round":%d,%s,"recordedBy":"t"}""".formatted(id, township, q(village), receivedOn,
                q(category), flagList, q(unit), round, fields));
    }

    private PublicEvent send(String type, String json) {
        return feed.send(Topics.PETITION_EVENTS, type, id, township, json);
    }

    private static String q(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
