package org.minyi.deputy.group.model;

/** The offices of a group (组长, 副组长, 联络员); every holder is a member. */
public enum GroupRole {
    LEADER,
    DEPUTY_LEADER,
    LIAISON
}
