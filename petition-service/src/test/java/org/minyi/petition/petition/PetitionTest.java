package org.minyi.petition.petition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.model.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

class PetitionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final UUID ID = UUID.fromString("6f1c1c1e-8d0a-4a53-9a57-4a3d2f0f8a11");
    private static final Petitioner ONE = new Petitioner("王五", "330381199001011234", "13800000000", "某村1号");

    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Petition.class);
        // 2026-03-10 08:00 in Shanghai is still 2026-03-10 00:00 UTC: business dates follow China time.
        fixture.registerInjectableResource(new BusinessCalendar(
                Clock.fixed(Instant.parse("2026-03-10T00:00:00Z"), BusinessCalendar.ZONE)));
    }

    @Test
    void aLetterIsReceived() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.LETTER, TODAY, null, List.of(ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.LETTER, TODAY, "339901101", null, null, List.of(ONE),
                        false, "土地纠纷", "内容", null, "demo-clerk", null))
                .expectState(p -> org.assertj.core.api.Assertions.assertThat(p.state()).isEqualTo(PetitionState.RECEIVED));
    }

    @Test
    void aVisitCountsAtLeastItsPetitionersAsVisitorsAndFiveMakeItCollective() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.VISIT, TODAY, 2, Collections.nCopies(5, ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.VISIT, TODAY, "339901101", null, 5,
                        Collections.nCopies(5, ONE), true, "土地纠纷", "内容", null, "demo-clerk", null));
    }

    @Test
    void sixVisitorsWithTwoNamedRepresentativesAreCollective() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.VISIT, TODAY, 6, List.of(ONE, ONE)))
                .expectEvents(new PetitionReceived(ID, Channel.VISIT, TODAY, "339901101", null, 6,
                        List.of(ONE, ONE), true, "土地纠纷", "内容", null, "demo-clerk", null));
    }

    @Test
    void aDateAfterTodayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.LETTER, TODAY.plusDays(1), null, List.of(ONE)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("date must not be after today (2026-03-10)")
                .expectNoEvents();
    }

    @Test
    void visitorsOutsideAVisitAreRefused() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.PHONE, TODAY, 3, List.of(ONE)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPetitionNeedsAPetitioner() {
        fixture.givenNoPriorActivity()
                .when(receive(Channel.LETTER, TODAY, null, List.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    private static ReceivePetition receive(Channel channel, LocalDate on, Integer visitors, List<Petitioner> petitioners) {
        return new ReceivePetition(ID, channel, on, "339901101", null, visitors, petitioners, "土地纠纷", "内容", null,
                "demo-clerk", null);
    }
}
