package org.minyi.deputy.model;

/** A deputy's gender (性别). */
public enum Gender {
    MALE,
    FEMALE
}
