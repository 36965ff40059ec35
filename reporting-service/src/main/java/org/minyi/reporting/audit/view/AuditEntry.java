package org.minyi.reporting.audit.view;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail: who ({@code actor}, and {@code onBehalfOf} when an office recorded it for a unit or
 * a deputy) did what ({@code action}) to which item, when, as the performing service ({@code source}) recorded it.
 */
public record AuditEntry(UUID recordId, Instant occurredAt, String actor, String onBehalfOf, String action,
                         String itemKind, String itemId, String townshipCode, String source) {
}
