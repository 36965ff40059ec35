package org.minyi.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An item of the plan: its create, then its steps, sent while their dates are not after today. Proposals and
 * petitions are tracked (the tally keeps the state and dates each was left with); the others are creates alone.
 */
final class Item {
    /** deputy, group, activity, adjustment, proposal, petition, or petition-repeat (sent in a second wave). */
    final String kind;
    final UUID id;
    final String township;
    final String createPath;
    final Map<String, Object> createBody;
    final LocalDate createdOn;
    final String createdState;
    /** Tally counters to add when the create is accepted. */
    final List<String> createCounters = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    /** What else the tally records once the item exists (a deputy's township, voter contacts). */
    Consumer<Tally> onCreated = tally -> { };
    /** Old enough today for its fate to show (see {@link Quotas}). */
    boolean mature;
    /** Left with a step undone past its deadline. */
    boolean overdue;

    Item(String kind, UUID id, String township, String createPath, Map<String, Object> createBody, LocalDate createdOn,
         String createdState) {
        this.kind = kind;
        this.id = id;
        this.township = township;
        this.createPath = createPath;
        this.createBody = createBody;
        this.createdOn = createdOn;
        this.createdState = createdState;
    }

    /** The kind without the wave: a repeat petition is a petition. */
    String family() {
        return kind.equals("petition-repeat") ? "petition" : kind;
    }

    /** Proposals and petitions: driven through their lifecycle and recorded in the tally one by one. */
    boolean tracked() {
        return family().equals("proposal") || family().equals("petition");
    }
}
