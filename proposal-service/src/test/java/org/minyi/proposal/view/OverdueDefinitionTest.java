package org.minyi.proposal.view;

import org.junit.jupiter.api.Test;
import org.minyi.contract.Topics;
import org.minyi.platform.testing.ServiceApiTest;
import org.minyi.proposal.model.ProposalState;
import org.minyi.proposal.model.ReplyDeadlinePolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** "Overdue" has one definition: the list's SQL filter selects exactly the items whose answer says overdue. */
@ServiceApiTest(topics = {Topics.DEPUTY_EVENTS, Topics.PROPOSAL_EVENTS})
class OverdueDefinitionTest {

    /** A township of its own: the context (and database) is shared with the other API tests. */
    static final String TOWNSHIP = "339901105";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    ProposalQueries queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theListsOverdueFilterAgreesWithReplyDeadlinePolicyInEveryStateAroundTheDeadline() {
        String session = "overdue-" + UUID.randomUUID().toString().substring(0, 8);
        Set<UUID> overdue = new HashSet<>();
        Set<UUID> notOverdue = new HashSet<>();
        for (ProposalState state : ProposalState.values()) {
            for (LocalDate deadline : Arrays.asList(null, TODAY.minusDays(1), TODAY, TODAY.plusDays(1))) {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                                INSERT INTO proposal_view (id, kind, congress_code, township_code, session_id, submitted_on,
                                    lead_deputy_id, title, category, state, round, deadline, version)
                                VALUES (?, 'SUGGESTION', ?, ?, ?, ?, ?, '期限', 'OTHER', ?, 1, ?, 0)""")
                        .params(id, TOWNSHIP, TOWNSHIP, session, TODAY.minusMonths(6), UUID.randomUUID(), state.name(), deadline)
                        .update();
                (ReplyDeadlinePolicy.overdue(state, deadline, TODAY) ? overdue : notOverdue).add(id);
            }
        }
        assertThat(overdue).as("a reply pending past its deadline, in each state that awaits one").hasSize(3);

        assertThat(ids(true, session)).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(ids(false, session)).containsExactlyInAnyOrderElementsOf(notOverdue);
    }

    @Test
    void theAwaitingStatesAreThePartialIndexsSoThatItServesTheDeskLists() throws IOException {
        try (InputStream v3 = getClass().getResourceAsStream("/db/migration/V3__list_filters.sql")) {
            assertThat(new String(v3.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("WHERE " + ProposalQueries.AWAITING_REPLY.replace("p.", ""));
        }
    }

    private List<UUID> ids(boolean overdue, String session) {
        var query = new ProposalQueries.ListQuery(null, null, null, null, session, null, overdue, TODAY, null, null, null,
                null, null);
        return queries.page(query, ProposalListSort.DEFAULT, 0, 100).stream().map(ProposalView::id).toList();
    }
}
