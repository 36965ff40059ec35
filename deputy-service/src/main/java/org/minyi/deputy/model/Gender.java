package org.minyi.deputy.deputy;

/** A deputy's gender (性别). */
public enum Gender {
    MALE,
    FEMALE
}
