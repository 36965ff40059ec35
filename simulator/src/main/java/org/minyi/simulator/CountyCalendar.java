package org.minyi.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The county's calendar: elections and terms, the congresses' yearly sessions, and the history's yearly windows. */
final class CountyCalendar {

    final LocalDate today;
    final LocalDate start;
    private final int years;

    CountyCalendar(SimulationConfig cfg) {
        this.today = cfg.today();
        this.start = cfg.start();
        this.years = cfg.years();
    }

    /** Elections every 5 years (the 2021 round of township and county elections as anchor): the last one by the start. */
    LocalDate electedOn(boolean countyLevel) {
        LocalDate anchor = countyLevel ? LocalDate.of(2021, 12, 20) : LocalDate.of(2021, 12, 10);
        LocalDate d = anchor;
        while (d.isAfter(start)) {
            d = d.minusYears(5);
        }
        while (!d.plusYears(5).isAfter(start)) {
            d = d.plusYears(5);
        }
        return d;
    }

    /** The congress's term number: the county's 18th and the townships' 19th from the 2021 elections. */
    int term(boolean countyLevel) {
        LocalDate elected = electedOn(countyLevel);
        int cycles = (int) ChronoUnit.YEARS.between(LocalDate.of(2021, 12, 1), elected) / 5;
        return (countyLevel ? 18 : 19) + cycles;
    }

    /** The township congress meets in January, the county congress in February, every year. */
    LocalDate townshipSession(int year, String township) {
        return LocalDate.of(year, 1, 8 + Math.floorMod(township.hashCode(), 10));
    }

    LocalDate countySession(int year) {
        return LocalDate.of(year, 2, 20);
    }

    /** Yearly windows ending today: [today - (i+1) years + 1 day, today - i years], the oldest first. */
    List<LocalDate[]> windows() {
        List<LocalDate[]> out = new ArrayList<>();
        for (int i = years - 1; i >= 0; i--) {
            out.add(new LocalDate[]{today.minusYears(i + 1).plusDays(1), today.minusYears(i)});
        }
        return out;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
