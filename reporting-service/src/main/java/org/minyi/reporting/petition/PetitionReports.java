package org.minyi.reporting.petition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures over {@code petition_fact}. A petition belongs to the cohort when its {@code receivedOn} lies in
 * [from, to]; as of a date, only petitions received on or before it exist. Every figure is computed from
 * the items, for a township or for the whole county (never averaged from townships).
 */
@Component
public class PetitionReports {

    private final JdbcClient jdbc;

    public PetitionReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param townshipCode null for the whole county */
    public PetitionCounts counts(String townshipCode, LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate upTo = to.isBefore(asOf) ? to : asOf;
        String where = " WHERE received_on BETWEEN :from AND :upTo AND (CAST(:township AS VARCHAR) IS NULL OR township_code = :township)";
        Map<String, Long> byChannel = new LinkedHashMap<>();
        jdbc.sql("SELECT channel, count(*) FROM petition_fact" + where + " GROUP BY channel ORDER BY channel")
                .param("from", from).param("upTo", upTo).param("township", townshipCode)
                .query((rs, i) -> byChannel.put(rs.getString(1), rs.getLong(2)))
                .list();
        return jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE collective),
                               coalesce(sum(visitors) FILTER (WHERE channel = 'VISIT'), 0)
                        FROM petition_fact""" + where)
                .param("from", from).param("upTo", upTo).param("township", townshipCode)
                .query((rs, i) -> new PetitionCounts(rs.getLong(1), byChannel, rs.getLong(2), rs.getLong(3)))
                .single();
    }
}
