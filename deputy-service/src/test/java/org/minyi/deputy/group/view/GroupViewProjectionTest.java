package org.minyi.deputy.group.view;

import org.junit.jupiter.api.Test;
import org.minyi.deputy.AbstractDeputyApiTest;
import org.minyi.deputy.group.model.GroupConflict;
import org.minyi.deputy.group.model.GroupKind;
import org.minyi.deputy.group.model.GroupMemberAdded;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.deputy.DeputyRoster.TOWNSHIP;
import static org.minyi.deputy.DeputyRoster.townshipDeputy;
import static org.minyi.platform.testing.Tokens.countyAdmin;

/**
 * The group view's unique index holds "one deputy group per deputy" when two offices pass the group's own
 * check at the same moment: the second membership is refused as the same conflict, in the command's
 * transaction, so the command rolls back.
 */
class GroupViewProjectionTest extends AbstractDeputyApiTest {

    @Autowired
    GroupViewProjection projection;

    @Test
    void aSecondDeputyGroupMembershipIsAGroupConflict() {
        String a = townshipDeputy(api(), countyAdmin(), TOWNSHIP, "子代表", "2021-10-15");
        String b = townshipDeputy(api(), countyAdmin(), TOWNSHIP, "丑代表", "2021-10-15");
        String first = form(a);
        String second = form(b);

        GroupMemberAdded raced = new GroupMemberAdded(UUID.fromString(second), TOWNSHIP, GroupKind.DEPUTY_GROUP,
                UUID.fromString(a), LocalDate.parse(TODAY), "test-county-admin", null);
        assertThatThrownBy(() -> projection.on(raced, 1L)).isInstanceOf(GroupConflict.class)
                .satisfies(e -> assertThat(((GroupConflict) e).type()).isEqualTo("group-conflict"));
        assertThat(jdbc.sql("SELECT group_id FROM deputy_group_member WHERE deputy_id = ?").param(UUID.fromString(a))
                .query(UUID.class).list()).containsExactly(UUID.fromString(first));
    }

    private String form(String member) {
        var formed = api().post("/api/deputy-groups", countyAdmin(), """
                {"townshipCode":"%s","name":"子丑小组","kind":"DEPUTY_GROUP","formedOn":"2022-01-10","leaderId":"%s",
                 "memberIds":["%s"]}""".formatted(TOWNSHIP, member, member));
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        return formed.json().path("id").asString();
    }
}
