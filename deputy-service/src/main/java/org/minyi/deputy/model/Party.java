package org.minyi.deputy.model;

/** Party affiliation (政治面貌): CPC member (中共党员), non-party (群众/无党派), other party (民主党派). */
public enum Party {
    CPC,
    NON_PARTY,
    OTHER_PARTY
}
