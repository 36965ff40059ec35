package org.minyi.proposal.model;

import org.junit.jupiter.api.Test;
import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;
import org.minyi.proposal.view.ProposalView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what with a proposal, cell by cell. */
class ProposalAccessPolicyTest {

    static final String TOWNSHIP = "339901101";
    static final String COUNTY = "339901";
    static final UUID LEAD = UUID.randomUUID();
    static final UUID CO = UUID.randomUUID();

    static ProposalView proposal(String congress) {
        return new ProposalView(UUID.randomUUID(), ProposalKind.MOTION, congress, TOWNSHIP, null, LocalDate.of(2026, 1, 5),
                LEAD, List.of(CO), "t", null, ProposalCategory.OTHER, ProposalState.ASSIGNED, 1, "339901101-ZF",
                List.of("339901-JT"), "张", "李", false, LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 6), null, null,
                null, null, null, null, 3, List.of());
    }

    static final Caller ADMIN = new Caller("admin", Role.COUNTY_ADMIN, List.of(), null, null);
    static final Caller CLERK = new Caller("clerk", Role.TOWNSHIP_CLERK, List.of(TOWNSHIP), null, null);
    static final Caller OTHER_CLERK = new Caller("clerk2", Role.TOWNSHIP_CLERK, List.of("339901102"), null, null);
    static final Caller LEADER = new Caller("leader", Role.LEADER, List.of(TOWNSHIP), null, null);
    static final Caller COUNTY_LEADER = new Caller("leader0", Role.LEADER, List.of(), null, null);
    static final Caller LEAD_DEPUTY = new Caller("d1", Role.DEPUTY, List.of(), null, LEAD.toString());
    static final Caller CO_SIGNER = new Caller("d2", Role.DEPUTY, List.of(), null, CO.toString());
    static final Caller OTHER_DEPUTY = new Caller("d3", Role.DEPUTY, List.of(), null, UUID.randomUUID().toString());
    static final Caller LEAD_UNIT = new Caller("u1", Role.HANDLING_UNIT, List.of(), "339901101-ZF", null);
    static final Caller CO_UNIT = new Caller("u2", Role.HANDLING_UNIT, List.of(), "339901-JT", null);
    static final Caller OTHER_UNIT = new Caller("u3", Role.HANDLING_UNIT, List.of(), "339901101-NY", null);
    static final Caller VIEWER = new Caller("v", Role.VIEWER, List.of(), null, null);

    @Test
    void theOfficeOfTheCongressManages() {
        ProposalView township = proposal(TOWNSHIP);
        ProposalView county = proposal(COUNTY);
        assertThat(ProposalAccessPolicy.mayManage(ADMIN, township)).isTrue();
        assertThat(ProposalAccessPolicy.mayManage(ADMIN, county)).isTrue();
        assertThat(ProposalAccessPolicy.mayManage(CLERK, township)).isTrue();
        assertThat(ProposalAccessPolicy.mayManage(CLERK, county)).as("the county congress is the county office's").isFalse();
        assertThat(ProposalAccessPolicy.mayManage(OTHER_CLERK, township)).isFalse();
        for (Caller c : List.of(LEADER, LEAD_DEPUTY, LEAD_UNIT, VIEWER)) {
            assertThat(ProposalAccessPolicy.mayManage(c, township)).as(c.account()).isFalse();
        }
    }

    @Test
    void theLeadUnitHandlesTheLeadDeputyEvaluates() {
        ProposalView p = proposal(TOWNSHIP);
        assertThat(ProposalAccessPolicy.mayHandle(LEAD_UNIT, p)).isTrue();
        assertThat(ProposalAccessPolicy.mayHandle(CLERK, p)).isTrue();
        assertThat(ProposalAccessPolicy.mayHandle(CO_UNIT, p)).isFalse();
        assertThat(ProposalAccessPolicy.mayHandle(LEAD_DEPUTY, p)).isFalse();
        assertThat(ProposalAccessPolicy.mayWaive(LEAD_DEPUTY, p)).isTrue();
        assertThat(ProposalAccessPolicy.mayWaive(LEAD_UNIT, p)).isTrue();
        assertThat(ProposalAccessPolicy.mayWaive(CO_SIGNER, p)).isFalse();
        assertThat(ProposalAccessPolicy.mayEvaluate(LEAD_DEPUTY, p)).isTrue();
        assertThat(ProposalAccessPolicy.mayEvaluate(CLERK, p)).isTrue();
        assertThat(ProposalAccessPolicy.mayEvaluate(CO_SIGNER, p)).isFalse();
        assertThat(ProposalAccessPolicy.mayEvaluate(LEAD_UNIT, p)).isFalse();
        assertThat(ProposalAccessPolicy.maySubmit(LEAD_DEPUTY, TOWNSHIP, LEAD)).isTrue();
        assertThat(ProposalAccessPolicy.maySubmit(CO_SIGNER, TOWNSHIP, LEAD)).isFalse();
        assertThat(ProposalAccessPolicy.maySubmit(CLERK, TOWNSHIP, LEAD)).isTrue();
        assertThat(ProposalAccessPolicy.maySubmit(CLERK, COUNTY, LEAD)).isFalse();
        assertThat(ProposalAccessPolicy.maySubmit(LEAD_UNIT, TOWNSHIP, LEAD)).isFalse();
    }

    @Test
    void readersByRole() {
        ProposalView p = proposal(TOWNSHIP);
        for (Caller c : List.of(ADMIN, CLERK, LEADER, COUNTY_LEADER, LEAD_DEPUTY, CO_SIGNER, LEAD_UNIT, CO_UNIT)) {
            assertThat(ProposalAccessPolicy.mayRead(c, p)).as(c.account()).isTrue();
        }
        for (Caller c : List.of(OTHER_CLERK, OTHER_DEPUTY, OTHER_UNIT, VIEWER)) {
            assertThat(ProposalAccessPolicy.mayRead(c, p)).as(c.account()).isFalse();
        }
        assertThat(ProposalAccessPolicy.mayList(VIEWER)).isFalse();
        assertThat(ProposalAccessPolicy.listTownships(CLERK)).containsExactly(TOWNSHIP);
        assertThat(ProposalAccessPolicy.listTownships(COUNTY_LEADER)).isNull();
        assertThat(ProposalAccessPolicy.listTownships(ADMIN)).isNull();
    }
}
