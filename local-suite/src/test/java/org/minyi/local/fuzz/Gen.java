package org.minyi.local.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of values from a seeded {@link Random}, in the property-based style: small generators composed
 * (choice, weights, mapping) into the generator of a whole request. The same seed gives the same values, so a
 * run is reproduced by its seed alone. Written here rather than taken from jqwik: jqwik 1.10's generators run only
 * on its own engine's threads (not inside a JUnit Jupiter test with the suite's extension), and its engine prints
 * text addressed to coding agents into the output of every test run of the module.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return r -> f.apply(next(r));
    }

    default <U> Gen<U> flatMap(Function<? super T, ? extends Gen<? extends U>> f) {
        return r -> f.apply(next(r)).next(r);
    }

    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /** One of the values, each as likely. */
    static <T> Gen<T> of(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        List<T> copy = new ArrayList<>(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    /** One of the generators, each as likely. */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        if (gens.isEmpty()) {
            throw new IllegalArgumentException("no generators to choose from");
        }
        List<Gen<? extends T>> copy = new ArrayList<>(gens);
        return r -> copy.get(r.nextInt(copy.size())).next(r);
    }

    static Gen<Integer> ints(int min, int maxInclusive) {
        return r -> min + r.nextInt(maxInclusive - min + 1);
    }

    /** A string of {@code min} to {@code max} code points drawn from {@code codePoints}. */
    static Gen<String> string(Gen<Integer> codePoints, int min, int max) {
        return r -> {
            int length = min + r.nextInt(max - min + 1);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                s.appendCodePoint(codePoints.next(r));
            }
            return s.toString();
        };
    }

    record Weighted<T>(int weight, Gen<? extends T> gen) {
    }

    /** One of the generators, chosen in proportion to its weight. */
    static <T> Gen<T> frequency(List<Weighted<T>> options) {
        int total = options.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("no weight to choose by");
        }
        List<Weighted<T>> copy = List.copyOf(options);
        return r -> {
            int x = r.nextInt(total);
            for (Weighted<T> option : copy) {
                x -= option.weight();
                if (x < 0) {
                    return option.gen().next(r);
                }
            }
            throw new IllegalStateException();
        };
    }
}
