package org.minyi.platform.security;

/** The roles of DOMAIN §8; an account has exactly one. */
public enum Role {
    /** County standing committee office: every township. */
    COUNTY_ADMIN,
    /** Township congress office: its own township(s) only. */
    TOWNSHIP_CLERK,
    /** Chair or director: reads and instructs; county-wide, or the townships of its scope. */
    LEADER,
    /** A deputy: their own items. */
    DEPUTY,
    /** A handling unit: items assigned to it. */
    HANDLING_UNIT,
    /** Dashboards and public viewers: aggregated figures only. */
    VIEWER
}
