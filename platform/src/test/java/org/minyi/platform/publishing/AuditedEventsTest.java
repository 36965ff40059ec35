package org.minyi.platform.publishing;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.minyi.platform.audit.AuditRecord;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditedEventsTest {

    record Facts(String townshipCode, String villageCode) {
    }

    record StepDone(UUID petitionId, Facts facts, String note, String recordedBy, String onBehalfOf) {
    }

    record MemberAdded(UUID groupId, String townshipCode, UUID deputyId, String recordedBy, String onBehalfOf) {
    }

    record Untouched(UUID itemId, String townshipCode) {
    }

    record Published(UUID proposalId) {
    }

    private final AuditedEvents events = new AuditedEvents(List.of(new PublicEventMapper() {
        @Override
        public Optional<PublicPayload> toPublic(Object internalEvent) {
            return internalEvent instanceof StepDone
                    ? Optional.of(new PublicPayload("org.minyi.petition.PetitionStepPublished.v1", "330381102", "x"))
                    : Optional.empty();
        }
    }), "test-service");

    @Test
    void aPublishedStepIsNamedAsTheContractNamesIt() {
        UUID id = UUID.randomUUID();
        StepDone step = new StepDone(id, new Facts("330381101", null), "张三的电话 13800000000", "clerk-1", "unit:330381101-ZF");
        var message = new GenericDomainEventMessage<>("Petition", id.toString(), 3, step);
        AuditRecord record = events.describe(step, message).orElseThrow();

        assertThat(record.action()).isEqualTo("PetitionStepPublished");
        assertThat(record.itemKind()).isEqualTo("PETITION");
        assertThat(record.itemId()).isEqualTo(id.toString());
        assertThat(record.townshipCode()).as("the public event's township").isEqualTo("330381102");
        assertThat(record.actor()).isEqualTo("clerk-1");
        assertThat(record.onBehalfOf()).isEqualTo("unit:330381101-ZF");
        assertThat(record.source()).isEqualTo("test-service");
        assertThat(record.occurredAt()).isEqualTo(message.getTimestamp());
        assertThat(record.recordId()).as("stable, and not the event's own id")
                .isEqualTo(events.describe(step, message).orElseThrow().recordId())
                .isNotEqualTo(UUID.fromString(message.getIdentifier()));
        assertThat(record.toString()).doesNotContain("张三").doesNotContain("13800000000");
    }

    @Test
    void anUnpublishedStepKeepsItsOwnNameAndTheKindOfTheComponentHoldingTheAggregateId() {
        UUID group = UUID.randomUUID();
        MemberAdded added = new MemberAdded(group, "330381103", UUID.randomUUID(), "admin", null);
        AuditRecord record = events.describe(added, new GenericDomainEventMessage<>("DeputyGroup", group.toString(), 0, added))
                .orElseThrow();

        assertThat(record.action()).isEqualTo("MemberAdded");
        assertThat(record.itemKind()).isEqualTo("GROUP");
        assertThat(record.townshipCode()).isEqualTo("330381103");
        assertThat(record.onBehalfOf()).isNull();
    }

    @Test
    void withoutAComponentHoldingTheIdTheAggregateTypeNamesTheKind() {
        assertThat(AuditedEvents.itemKind(new Published(UUID.randomUUID()), "other", "DutyActivity")).isEqualTo("DUTY_ACTIVITY");
    }

    @Test
    void anEventNoOneRecordedOrNotOfAnAggregateIsNotAudited() {
        Untouched e = new Untouched(UUID.randomUUID(), "330381101");
        assertThat(events.describe(e, new GenericDomainEventMessage<>("X", e.itemId().toString(), 0, e))).isEmpty();
        MemberAdded added = new MemberAdded(UUID.randomUUID(), "330381103", UUID.randomUUID(), "admin", null);
        assertThat(events.describe(added, GenericEventMessage.asEventMessage(added))).isEmpty();
    }
}
