package org.minyi.gateway.edge;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket (bucket4j) per client key. The buckets are kept in a bounded map, least recently used
 * first out: a bucket idle long enough to have refilled completely is dropped (a new one would be the
 * same), and beyond {@code maxClients} the least recently used one goes, so any number of distinct
 * keys costs bounded memory.
 */
final class ClientRateLimiter {

    private final long capacity;
    private final Duration refillPeriod;
    private final long idleNanos;
    private final int maxClients;
    private final Map<String, Entry> buckets = new LinkedHashMap<>(256, 0.75f, true);

    ClientRateLimiter(long capacity, double refillPerSecond, int maxClients) {
        this.capacity = capacity;
        // One token every 1/rate seconds, added continuously (greedy): the same as "rate per second".
        this.refillPeriod = Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / refillPerSecond)));
        this.idleNanos = refillPeriod.toNanos() * capacity;
        this.maxClients = maxClients;
    }

    /** Takes one token from {@code client}'s bucket. */
    Decision tryConsume(String client) {
        ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, 0, seconds);
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket bucket(String client) {
        long now = System.nanoTime();
        synchronized (buckets) {
            Entry entry = buckets.get(client);
            if (entry == null) {
                evict(now);
                entry = new Entry(Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(1, refillPeriod))
                        .build());
                buckets.put(client, entry);
            }
            entry.lastUsed = now;
            return entry.bucket;
        }
    }

    /** Drops the least recently used buckets that are full again, and whatever is over the bound. */
    private void evict(long now) {
        var eldest = buckets.values().iterator();
        int removed = 0;
        while (eldest.hasNext() && removed < 16) {
            Entry entry = eldest.next();
            if (buckets.size() >= maxClients || now - entry.lastUsed > idleNanos) {
                eldest.remove();
                removed++;
            } else {
                break;
            }
        }
    }

    private static final class Entry {
        final Bucket bucket;
        long lastUsed;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    /** Whether the call may go on; the tokens left, or how long to wait before trying again. */
    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }
}
