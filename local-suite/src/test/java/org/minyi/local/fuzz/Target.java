package org.minyi.local.fuzz;

import java.util.List;
import java.util.function.Supplier;

/**
 * What one operation is fuzzed against: a valid request to start each mutation from (on a real item in a state
 * that allows the step), what must not move when a request is refused, and the same operation aimed at the other
 * township (its item, or a create in it) for the township clerk to whom it is foreign.
 */
final class Target {

    /** A reading of what a request may change (an item's version, a list's total), compared before and after. */
    @FunctionalInterface
    interface Probe {
        String read();
    }

    final OpenApi.Operation op;
    final Supplier<FuzzRequest> base;
    final Probe probe;
    final Supplier<FuzzRequest> foreign;
    final Probe foreignProbe;
    /** Foreign ids and codes by the kind of field they go into. */
    final Pools pools;
    /** The item's own id (null for creates and lists). */
    final String itemId;

    Target(OpenApi.Operation op, Supplier<FuzzRequest> base, Probe probe, Supplier<FuzzRequest> foreign, Probe foreignProbe,
           Pools pools, String itemId) {
        this.op = op;
        this.base = base;
        this.probe = probe;
        this.foreign = foreign;
        this.foreignProbe = foreignProbe;
        this.pools = pools;
        this.itemId = itemId;
    }

    /** Values that name something else than the request should: other items, other townships, nothing at all. */
    record Pools(List<String> foreignUuids, List<String> townships, List<String> villages, List<String> units,
                 List<String> congresses, List<String> onBehalfOf, List<String> usernames) {
    }
}
