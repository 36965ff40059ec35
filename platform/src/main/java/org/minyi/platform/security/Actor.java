package org.minyi.platform.security;

/**
 * Who typed a change in and, when an office records a step for a unit or a deputy (a paper reply
 * typed in by the clerk), on whose behalf. Commands and events carry both fields, so the event stream
 * records both (DOMAIN §7, §8).
 *
 * @param onBehalfOf {@code unit:<unit code>} or {@code deputy:<deputy id>}, or null
 */
public record Actor(String recordedBy, String onBehalfOf) {
}
