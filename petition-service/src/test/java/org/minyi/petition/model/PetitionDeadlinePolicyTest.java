package org.minyi.petition.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Overdue, the one definition the petition's flag and the list's filter share. */
class PetitionDeadlinePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aPetitionIsOverdueTheDayAfterItsDeadline() {
        assertThat(PetitionDeadlinePolicy.isOverdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(PetitionDeadlinePolicy.isOverdue(TODAY, TODAY)).as("due today").isFalse();
        assertThat(PetitionDeadlinePolicy.isOverdue(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(PetitionDeadlinePolicy.isOverdue(null, TODAY)).as("nothing pending").isFalse();
    }

    @Test
    void aListsOverdueFilterIsDueOnOrBeforeTheDayBefore() {
        LocalDate overdueBy = PetitionDeadlinePolicy.overdueIfDueBy(TODAY);
        for (int days = -3; days <= 3; days++) {
            LocalDate deadline = TODAY.plusDays(days);
            assertThat(!deadline.isAfter(overdueBy)).as("deadline %s", deadline)
                    .isEqualTo(PetitionDeadlinePolicy.isOverdue(deadline, TODAY));
        }
    }

    @Test
    void thePendingStepsDeadlineIsTheOneOfThatStep() {
        StepDeadlines deadlines = new StepDeadlines(TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3),
                TODAY.plusDays(4), TODAY.plusDays(5), TODAY.plusDays(6));
        assertThat(deadlines.of(DueStep.REGISTER)).isEqualTo(TODAY.plusDays(1));
        assertThat(deadlines.of(DueStep.DISPOSE)).isEqualTo(TODAY.plusDays(2));
        assertThat(deadlines.of(DueStep.COMPLETE)).isEqualTo(TODAY.plusDays(3));
        assertThat(deadlines.of(DueStep.ANSWER)).isEqualTo(TODAY.plusDays(4));
        assertThat(deadlines.of(DueStep.RETURN_VISIT)).isEqualTo(TODAY.plusDays(5));
        assertThat(deadlines.of(DueStep.ARCHIVE)).as("archiving has none").isNull();
        assertThat(deadlines.of(null)).isNull();
    }
}
