package org.minyi.deputy.deputy;

/** A mandate's lifecycle: {@code SERVING → ENDED}, never back. */
public enum MandateStatus {
    SERVING,
    ENDED
}
