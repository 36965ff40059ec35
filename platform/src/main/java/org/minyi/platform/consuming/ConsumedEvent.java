package org.minyi.platform.consuming;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A public event as a consumer sees it, its payload already checked against the contract's schema.
 *
 * @param subject the aggregate id
 */
public record ConsumedEvent(String id, String type, String subject, String townshipCode, Instant time,
                            JsonNode data, String topic, int partition, long offset) {
}
