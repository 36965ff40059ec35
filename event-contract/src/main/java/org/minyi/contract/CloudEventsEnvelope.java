package org.minyi.contract;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import java.time.ZoneOffset;

/**
 * Maps {@link PublicEvent} to and from a CloudEvent. On Kafka the CloudEvents SDK writes it
 * in binary mode: attributes as {@code ce_*} headers, the JSON payload as the record value.
 */
public final class CloudEventsEnvelope {

    /** CloudEvents extension attribute carrying the township code (header {@code ce_townshipcode}). */
    public static final String TOWNSHIP_CODE_EXTENSION = "townshipcode";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventsEnvelope() {
    }

    public static CloudEvent toCloudEvent(PublicEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.id())
                .withType(event.type())
                .withSource(event.source())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(CONTENT_TYPE)
                .withDataSchema(EventTypes.schemaUri(event.type()))
                .withData(event.data());
        if (event.townshipCode() != null) {
            builder.withExtension(TOWNSHIP_CODE_EXTENSION, event.townshipCode());
        }
        return builder.build();
    }

    public static PublicEvent fromCloudEvent(CloudEvent event) {
        Object township = event.getExtension(TOWNSHIP_CODE_EXTENSION);
        return new PublicEvent(
                event.getId(),
                event.getType(),
                event.getSource(),
                event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(),
                township == null ? null : township.toString(),
                event.getData() == null ? new byte[0] : event.getData().toBytes());
    }
}
