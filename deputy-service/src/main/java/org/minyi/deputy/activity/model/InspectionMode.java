package org.minyi.deputy.activity.model;

/** How an inspection (视察) was made: collectively, individually with the deputy card (持证视察), or on a theme. */
public enum InspectionMode {
    COLLECTIVE,
    INDIVIDUAL,
    THEMATIC
}
