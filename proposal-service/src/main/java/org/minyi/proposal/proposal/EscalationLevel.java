package org.minyi.proposal.proposal;

/** Where an item beyond the township's power is escalated to. */
public enum EscalationLevel {
    COUNTY, CITY, PROVINCE, NATIONAL
}
