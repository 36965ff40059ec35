package org.minyi.deputy.model;

/** A mandate's lifecycle: {@code SERVING → ENDED}, never back. */
public enum MandateStatus {
    SERVING,
    ENDED
}
