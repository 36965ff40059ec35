package org.minyi.proposal.model;

/** Where an item beyond the township's power is escalated to. */
public enum EscalationLevel {
    COUNTY, CITY, PROVINCE, NATIONAL
}
