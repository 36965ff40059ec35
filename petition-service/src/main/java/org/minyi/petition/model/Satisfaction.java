package org.minyi.petition.model;

/** What the petitioner said at the return visit (回访). */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
