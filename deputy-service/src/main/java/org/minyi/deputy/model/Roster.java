package org.minyi.deputy.model;

import java.util.Optional;
import java.util.UUID;

/**
 * The roster as the service's own view holds it, for the rules of what is built on it: who may join a
 * township's group, who served on the day of an activity. A port: the aggregates ask it, the deputy view
 * answers, so the rules stay in the model and the data in the view.
 */
public interface Roster {

    /** The deputy's home township and every mandate, or empty when the roster has no such deputy. */
    Optional<RosterDeputy> deputy(UUID deputyId);
}
