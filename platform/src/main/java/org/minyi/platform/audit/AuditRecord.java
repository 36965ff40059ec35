package org.minyi.platform.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One audited action, as the contract's {@code AuditRecorded} v1 carries it: who ({@code actor}, and
 * {@code onBehalfOf} when the office recorded it for a unit or a deputy) did what ({@code action}) to which item,
 * when. Never personal data: ids and codes only.
 *
 * @param recordId     unique and stable: sending the same action again gives the same id
 * @param source       the service that performed the action, e.g. {@code petition-service}
 * @param itemKind     PETITION, PROPOSAL, DEPUTY, GROUP, ACTIVITY, ACCOUNT ...
 * @param itemId       the item's id, or the account name for an account
 * @param townshipCode the item's township; null when it has none
 */
public record AuditRecord(UUID recordId, Instant occurredAt, String source, String action, String itemKind,
                          String itemId, String townshipCode, String actor, String onBehalfOf) {

    /** The action of a read of petitioners' personal data (who looked, when, at which petition). */
    public static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";

    public AuditRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(itemKind, "itemKind");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(actor, "actor");
    }
}
