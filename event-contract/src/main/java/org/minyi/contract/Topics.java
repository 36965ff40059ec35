package org.minyi.contract;

/**
 * The Kafka topics of the public contract: one per write service, keyed by aggregate id, and the audit trail
 * ({@link #AUDIT_RECORDS}), which every service and the gateway write to, keyed by the item's id.
 */
public final class Topics {

    public static final String DEPUTY_EVENTS = "npc.deputy.events";
    public static final String PROPOSAL_EVENTS = "npc.proposal.events";
    public static final String PETITION_EVENTS = "npc.petition.events";
    /** One {@link EventTypes#AUDIT_RECORDED} per audited action (who did what, when, to which item). */
    public static final String AUDIT_RECORDS = "npc.audit.records";

    private Topics() {
    }
}
