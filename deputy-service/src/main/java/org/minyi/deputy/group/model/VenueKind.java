package org.minyi.deputy.group.model;

/** 代表工作站 / 代表工作室 / 代表之家. */
public enum VenueKind {
    WORK_STATION,
    WORK_ROOM,
    DEPUTIES_HOME
}
