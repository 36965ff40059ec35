package org.minyi.deputy.group.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.minyi.deputy.group.model.DeputyGroupFormed;
import org.minyi.deputy.group.model.GroupConflict;
import org.minyi.deputy.group.model.GroupKind;
import org.minyi.deputy.group.model.GroupMemberAdded;
import org.minyi.deputy.group.model.GroupMemberRemoved;
import org.minyi.deputy.group.model.GroupRole;
import org.minyi.deputy.group.model.GroupRoleAssigned;
import org.minyi.deputy.group.model.Venue;
import org.minyi.deputy.group.model.VenueAttached;
import org.minyi.deputy.group.model.VenueDetached;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps the group tables in step with the groups' events (subscribing processor {@code deputy-view},
 * in the command's transaction); {@link GroupQueries} reads them.
 */
@Component
@ProcessingGroup("deputy-view")
public class GroupViewProjection {

    private final JdbcClient jdbc;

    public GroupViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeputyGroupFormed e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO deputy_group_view (id, township_code, name, kind, theme, formed_on, recorded_by,
                            on_behalf_of, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.groupId(), e.townshipCode(), e.name(), e.kind().name(), e.theme(), e.formedOn(),
                        e.recordedBy(), e.onBehalfOf(), sequence)
                .update();
        e.memberIds().forEach(m -> addMember(e.groupId(), m, e.kind(), e.formedOn()));
        setOffice(e.groupId(), GroupRole.LEADER, e.leaderId());
        setOffice(e.groupId(), GroupRole.DEPUTY_LEADER, e.deputyLeaderId());
        setOffice(e.groupId(), GroupRole.LIAISON, e.liaisonId());
        if (e.venue() != null) {
            addVenue(e.groupId(), e.venue());
        }
    }

    @EventHandler
    void on(GroupMemberAdded e, @SequenceNumber long sequence) {
        addMember(e.groupId(), e.deputyId(), e.kind(), e.joinedOn());
        version(e.groupId(), sequence);
    }

    @EventHandler
    void on(GroupMemberRemoved e, @SequenceNumber long sequence) {
        jdbc.sql("DELETE FROM deputy_group_member WHERE group_id = ? AND deputy_id = ?")
                .params(e.groupId(), e.deputyId()).update();
        jdbc.sql("DELETE FROM deputy_group_office WHERE group_id = ? AND deputy_id = ?")
                .params(e.groupId(), e.deputyId()).update();
        version(e.groupId(), sequence);
    }

    @EventHandler
    void on(GroupRoleAssigned e, @SequenceNumber long sequence) {
        setOffice(e.groupId(), e.role(), e.deputyId());
        version(e.groupId(), sequence);
    }

    @EventHandler
    void on(VenueAttached e, @SequenceNumber long sequence) {
        addVenue(e.groupId(), e.venue());
        version(e.groupId(), sequence);
    }

    @EventHandler
    void on(VenueDetached e, @SequenceNumber long sequence) {
        jdbc.sql("DELETE FROM deputy_group_venue WHERE group_id = ? AND venue_id = ?")
                .params(e.groupId(), e.venueId()).update();
        version(e.groupId(), sequence);
    }

    /**
     * A second deputy group for one deputy is refused by the table's unique index (V2): the group checked
     * first, but another office may have added the deputy elsewhere in between. The whole command rolls back.
     */
    private void addMember(UUID groupId, UUID deputyId, GroupKind kind, LocalDate joinedOn) {
        try {
            jdbc.sql("INSERT INTO deputy_group_member (group_id, deputy_id, kind, joined_on) VALUES (?, ?, ?, ?)")
                    .params(groupId, deputyId, kind.name(), joinedOn).update();
        } catch (DuplicateKeyException e) {
            if (kind == GroupKind.DEPUTY_GROUP) {
                throw GroupConflict.inAnotherDeputyGroup();
            }
            throw e;
        }
    }

    private void setOffice(UUID groupId, GroupRole role, UUID deputyId) {
        jdbc.sql("DELETE FROM deputy_group_office WHERE group_id = ? AND role = ?").params(groupId, role.name()).update();
        if (deputyId != null) {
            jdbc.sql("INSERT INTO deputy_group_office (group_id, role, deputy_id) VALUES (?, ?, ?)")
                    .params(groupId, role.name(), deputyId).update();
        }
    }

    private void addVenue(UUID groupId, Venue venue) {
        jdbc.sql("INSERT INTO deputy_group_venue (group_id, venue_id, kind, name, address) VALUES (?, ?, ?, ?, ?)")
                .params(groupId, venue.venueId(), venue.kind().name(), venue.name(), venue.address()).update();
    }

    private void version(UUID groupId, long sequence) {
        jdbc.sql("UPDATE deputy_group_view SET version = ? WHERE id = ?").params(sequence, groupId).update();
    }
}
