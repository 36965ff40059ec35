package org.minyi.platform.county;

/**
 * Deadlines and limits of the petition and proposal workflows (DOMAIN §4, §5), part of the deployment
 * file. Calendar days or calendar months; a value the file leaves out takes the national default.
 */
public record Deadlines(Petitions petitions, Proposals proposals) {

    public static final Deadlines DEFAULTS = new Deadlines(null, null);

    public Deadlines {
        petitions = petitions == null ? new Petitions(null, null, null, null, null, null, null, null) : petitions;
        proposals = proposals == null ? new Proposals(null, null, null) : proposals;
    }

    /**
     * Petition steps (信访条例 defaults): registration within 3 days of receipt, disposition within 15 days of
     * receipt, completion within 60 days of assignment plus one extension of at most 30 days, answer within 15
     * days of completion or decision, return visit within 30 days of the answer, a review request within 30
     * days of the answer. {@code repeatWindowDays}: how far back a new petition is compared with earlier ones
     * by the same petitioner (our decision, one year by default).
     */
    public record Petitions(Integer registrationDays, Integer dispositionDays, Integer completionDays,
                            Integer maxExtensionDays, Integer answerDays, Integer returnVisitDays,
                            Integer reviewRequestDays, Integer repeatWindowDays) {
        public Petitions {
            registrationDays = registrationDays == null ? 3 : registrationDays;
            dispositionDays = dispositionDays == null ? 15 : dispositionDays;
            completionDays = completionDays == null ? 60 : completionDays;
            maxExtensionDays = maxExtensionDays == null ? 30 : maxExtensionDays;
            answerDays = answerDays == null ? 15 : answerDays;
            returnVisitDays = returnVisitDays == null ? 30 : returnVisitDays;
            reviewRequestDays = reviewRequestDays == null ? 30 : reviewRequestDays;
            repeatWindowDays = repeatWindowDays == null ? 365 : repeatWindowDays;
        }
    }

    /**
     * Proposal steps: the reply is due 3 calendar months after assignment, 6 for an item flagged complex;
     * at most 3 handling rounds (the first and two re-handlings) before the presidium may close it.
     */
    public record Proposals(Integer replyMonths, Integer complexReplyMonths, Integer maxRounds) {
        public Proposals {
            replyMonths = replyMonths == null ? 3 : replyMonths;
            complexReplyMonths = complexReplyMonths == null ? 6 : complexReplyMonths;
            maxRounds = maxRounds == null ? 3 : maxRounds;
        }
    }
}
