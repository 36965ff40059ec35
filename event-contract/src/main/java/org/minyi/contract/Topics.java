package org.minyi.contract;

/** The Kafka topics of the public contract: one per write service, keyed by aggregate id. */
public final class Topics {

    public static final String DEPUTY_EVENTS = "npc.deputy.events";
    public static final String PROPOSAL_EVENTS = "npc.proposal.events";
    public static final String PETITION_EVENTS = "npc.petition.events";

    private Topics() {
    }
}
