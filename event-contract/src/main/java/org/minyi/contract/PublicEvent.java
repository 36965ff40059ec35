package org.minyi.contract;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of the public contract, as it travels in a CloudEvents envelope.
 *
 * @param id           unique event id ({@code ce_id}); consumers deduplicate on it
 * @param type         versioned event type ({@code ce_type}), e.g. {@code org.minyi.petition.PetitionReceived.v1}
 * @param source       the publishing service ({@code ce_source})
 * @param subject      the aggregate id ({@code ce_subject}, also the Kafka key)
 * @param time         when the event was recorded ({@code ce_time}, UTC)
 * @param townshipCode the tenancy key ({@code ce_townshipcode} extension)
 * @param data         the JSON payload, valid against the type's JSON Schema
 */
public record PublicEvent(String id, String type, URI source, String subject, Instant time,
                          String townshipCode, byte[] data) {

    public PublicEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
