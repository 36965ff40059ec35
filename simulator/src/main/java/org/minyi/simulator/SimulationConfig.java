package org.minyi.simulator;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the simulated county looks like. Sizes are bands {@code [min, max]} drawn per township (per year for
 * yearly volumes); defaults are docs/domain.md §9. Proportions are bands too: the simulator picks an exact
 * count per cohort inside the band, so a small county still lands inside it.
 *
 * @param townships       how many townships of the county to use (0: all)
 * @param years           span of history, ending {@code today}
 * @param today           the last business date (China Standard Time); nothing is dated after it
 * @param scale           factor on the yearly volumes of proposals and petitions
 * @param late            share of mature items with one step done after its deadline
 * @param overdue         share of mature items with one step left undone past its deadline
 * @param unsatisfied     share of evaluated proposals (and return-visited petitions) found unsatisfied
 */
public record SimulationConfig(long seed, int townships, int years, LocalDate today, double scale,
                               Band countyDeputiesPerTownship, Band townshipDeputiesPerTownship,
                               int topicGroupsPerTownship, Band proposalsPerTownshipYear,
                               Band petitionsPerTownshipYear, Band inspectionsPerYear, Band evaluationsPerYear,
                               Band late, Band overdue, Band unsatisfied, int threads) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** An inclusive range; integer bands for sizes, fractional for proportions. */
    public record Band(double min, double max) {
        public Band {
            if (min > max || min < 0) {
                throw new IllegalArgumentException("bad band [" + min + ", " + max + "]");
            }
        }

        public boolean contains(double value) {
            return value >= min - 1e-9 && value <= max + 1e-9;
        }

        public double mid() {
            return (min + max) / 2;
        }

        @Override
        public String toString() {
            return "[" + min + ", " + max + "]";
        }
    }

    public SimulationConfig {
        if (years < 1 || threads < 1 || scale <= 0) {
            throw new IllegalArgumentException("years, threads and scale must be positive");
        }
    }

    /** The sizes of docs/domain.md §9, a whole county, two years ending today (CST). */
    public static SimulationConfig defaults(long seed) {
        return new SimulationConfig(seed, 0, 2, LocalDate.now(CHINA), 1.0,
                new Band(10, 23), new Band(40, 82), 5, new Band(12, 80), new Band(20, 40),
                new Band(3, 4), new Band(1, 2),
                new Band(0.05, 0.15), new Band(0.02, 0.08), new Band(0.05, 0.15), 4);
    }

    public SimulationConfig withTownships(int n) {
        return new SimulationConfig(seed, n, years, today, scale, countyDeputiesPerTownship, townshipDeputiesPerTownship,
                topicGroupsPerTownship, proposalsPerTownshipYear, petitionsPerTownshipYear, inspectionsPerYear,
                evaluationsPerYear, late, overdue, unsatisfied, threads);
    }

    public SimulationConfig withYears(int n) {
        return new SimulationConfig(seed, townships, n, today, scale, countyDeputiesPerTownship, townshipDeputiesPerTownship,
                topicGroupsPerTownship, proposalsPerTownshipYear, petitionsPerTownshipYear, inspectionsPerYear,
                evaluationsPerYear, late, overdue, unsatisfied, threads);
    }

    public SimulationConfig withScale(double s) {
        return new SimulationConfig(seed, townships, years, today, s, countyDeputiesPerTownship, townshipDeputiesPerTownship,
                topicGroupsPerTownship, proposalsPerTownshipYear, petitionsPerTownshipYear, inspectionsPerYear,
                evaluationsPerYear, late, overdue, unsatisfied, threads);
    }

    public SimulationConfig withThreads(int n) {
        return new SimulationConfig(seed, townships, years, today, scale, countyDeputiesPerTownship, townshipDeputiesPerTownship,
                topicGroupsPerTownship, proposalsPerTownshipYear, petitionsPerTownshipYear, inspectionsPerYear,
                evaluationsPerYear, late, overdue, unsatisfied, n);
    }

    public SimulationConfig withToday(LocalDate day) {
        return new SimulationConfig(seed, townships, years, day, scale, countyDeputiesPerTownship, townshipDeputiesPerTownship,
                topicGroupsPerTownship, proposalsPerTownshipYear, petitionsPerTownshipYear, inspectionsPerYear,
                evaluationsPerYear, late, overdue, unsatisfied, threads);
    }

    public LocalDate start() {
        return today.minusYears(years).plusDays(1);
    }
}
