package org.minyi.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who serves in one township, and its groups: written by {@link DeputyPlanner} and {@link GroupPlanner}, read by
 * the planners after them (who attends, who signs, who refers a petition).
 */
final class Roster {

    /** A deputy group (with the venue its receptions are held at) or a topic group (venue null). */
    record Group(UUID id, List<UUID> members, String venue) {
    }

    final List<UUID> countyDeputies = new ArrayList<>();
    final List<UUID> townshipDeputies = new ArrayList<>();
    final List<UUID> all = new ArrayList<>();
    final List<Group> deputyGroups = new ArrayList<>();
    final List<Group> topicGroups = new ArrayList<>();
    LocalDate formedOn;
}
