package org.minyi.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The random draws every planner makes, always from a stream of the seed (never a shared or unseeded random). */
final class Draws {

    private Draws() {
    }

    /** A version-4 UUID from the stream, so that ids, too, are the same for a seed. */
    static UUID uuid(SplittableRandom r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** A whole number inside a size band (deputies per township, proposals per year …). */
    static int inBand(SplittableRandom r, SimulationConfig.Band band) {
        return (int) band.min() + r.nextInt((int) band.max() - (int) band.min() + 1);
    }

    /** A day in {@code [from, to]}; {@code from} when the range is empty. */
    static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Up to {@code n} of {@code from}, in a drawn order. */
    static List<UUID> sample(SplittableRandom r, List<UUID> from, int n) {
        List<UUID> copy = new ArrayList<>(from);
        shuffle(copy, r);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }
}
