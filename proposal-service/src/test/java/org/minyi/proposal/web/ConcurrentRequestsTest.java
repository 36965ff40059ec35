package org.minyi.proposal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ApiClient;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.platform.testing.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests on one proposal sent at the same moment: each answers as if it had come alone, never 500. */
@ServiceApiTest(topics = {Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS})
class ConcurrentRequestsTest {

    /** A township of its own: the context (and database) is shared with the other API tests. */
    static final String TOWNSHIP = "339901104";
    static final UUID LEAD = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final int AT_ONCE = 6;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void roster() {
        jdbc.sql("INSERT INTO known_deputy VALUES (?, '桃源代表', ?) ON CONFLICT DO NOTHING").params(LEAD, TOWNSHIP).update();
        jdbc.sql("INSERT INTO deputy_congress_mandate VALUES (?, 'TOWNSHIP', ?, 18, '2021-12-20', 'SERVING', NULL) ON CONFLICT DO NOTHING")
                .params(LEAD, TOWNSHIP).update();
    }

    ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }

    static String suggestion(UUID id) {
        return """
                {"id":"%s","kind":"SUGGESTION","congressCode":"%s","submittedOn":"%s","leadDeputyId":"%s","title":"增设路灯",
                 "category":"OTHER"}""".formatted(id, TOWNSHIP, TODAY, LEAD);
    }

    /** Sends the requests together (a barrier releases them at once) and returns their statuses. */
    static List<Integer> atOnce(List<Supplier<ApiClient.Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CyclicBarrier start = new CyclicBarrier(requests.size());
            List<Future<Integer>> answers = new ArrayList<>();
            for (Supplier<ApiClient.Response> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.get().status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identicalCreatesSentTogetherStoreOneProposal() throws Exception {
        UUID id = UUID.randomUUID();
        String body = suggestion(id);
        List<Integer> statuses = atOnce(Collections.nCopies(AT_ONCE,
                () -> api().post("/api/proposals", Tokens.clerk(TOWNSHIP), body)));

        assertThat(statuses).as("one created, the others told it exists").isSubsetOf(201, 200)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(id.toString())
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_view WHERE id = ?").param(id).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void stepsRacingOnOneProposalLoseWith409Or412() throws Exception {
        UUID id = UUID.randomUUID();
        String p = "/api/proposals/" + id;
        assertThat(api().post("/api/proposals", Tokens.clerk(TOWNSHIP), suggestion(id)).status()).isEqualTo(201);

        // Registering and rejecting at once: exactly one of them happens.
        List<Supplier<ApiClient.Response>> decisions = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            decisions.add(i % 2 == 0
                    ? () -> api().post(p + "/register", Tokens.clerk(TOWNSHIP), "{\"registeredOn\":\"" + TODAY + "\"}")
                    : () -> api().post(p + "/reject", Tokens.clerk(TOWNSHIP), "{\"rejectedOn\":\"" + TODAY + "\",\"reason\":\"重复\"}"));
        }
        List<Integer> statuses = atOnce(decisions);
        assertThat(statuses).as("the loser is told the state moved on, never a 500").isSubsetOf(200, 409, 412)
                .filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void stepsMeantForTheSameVersionNeverFail() throws Exception {
        UUID id = UUID.randomUUID();
        String p = "/api/proposals/" + id;
        assertThat(api().post("/api/proposals", Tokens.clerk(TOWNSHIP), suggestion(id)).status()).isEqualTo(201);
        var registered = api().post(p + "/register", Tokens.clerk(TOWNSHIP), "{\"registeredOn\":\"" + TODAY + "\"}");
        assertThat(registered.status()).isEqualTo(200);
        long version = registered.json().path("version").asLong();

        // A step the state allows again and again (an escalation), sent several times for the same version.
        List<Integer> statuses = atOnce(Collections.nCopies(AT_ONCE, () -> api().step(p + "/escalation",
                Tokens.clerk(TOWNSHIP), "{\"escalatedOn\":\"" + TODAY + "\",\"toLevel\":\"COUNTY\"}", version)));
        assertThat(statuses).isSubsetOf(200, 412).contains(200);
    }
}
