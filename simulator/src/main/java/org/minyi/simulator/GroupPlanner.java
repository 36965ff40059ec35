package org.minyi.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deputy groups and topic groups with their venues (docs/domain.md §3), formed when the history starts: every
 * deputy of a township in one deputy group (3 to 10 groups of about a dozen, each at a liaison station or a
 * deputies' home), and a configured number of topic groups, the first one at the township's deputies' work room.
 */
final class GroupPlanner {

    private static final String[] ORDINALS = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"};
    private static final String[] TOPICS = {"产业发展", "城镇建设", "民生保障", "生态环境", "乡村振兴", "教育卫生", "平安法治"};

    private final CountyPlan plan;

    GroupPlanner(CountyPlan plan) {
        this.plan = plan;
    }

    List<Item> plan() {
        List<Item> out = new ArrayList<>();
        for (County.Township t : plan.townships) {
            SplittableRandom r = plan.random("groups", t.code());
            Roster roster = plan.rosters.get(t.code());
            roster.formedOn = plan.calendar.start;
            List<UUID> shuffled = new ArrayList<>(roster.all);
            Draws.shuffle(shuffled, r);
            int g = Math.max(3, Math.min(10, (shuffled.size() + 11) / 12));
            List<List<UUID>> members = new ArrayList<>();
            for (int i = 0; i < g; i++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < shuffled.size(); i++) {
                members.get(i % g).add(shuffled.get(i));
            }
            for (int i = 0; i < g; i++) {
                String venueName = t.name() + ORDINALS[i] + "代表联络站";
                // The venue's address is drawn before the group's id (the order the plan has always drawn them in).
                Map<String, Object> venue = venue(r, i % 3 == 2 ? "DEPUTIES_HOME" : "WORK_STATION", venueName, t);
                Item item = group(r, t, roster, t.name() + ORDINALS[i] + "代表小组", "DEPUTY_GROUP", null, members.get(i), venue);
                out.add(item);
                roster.deputyGroups.add(new Roster.Group(item.id, members.get(i), venueName));
            }
            for (int i = 0; i < plan.cfg.topicGroupsPerTownship(); i++) {
                List<UUID> pool = new ArrayList<>(roster.all);
                Draws.shuffle(pool, r);
                List<UUID> topicMembers = new ArrayList<>(pool.subList(0, Math.min(pool.size(), 5 + r.nextInt(4))));
                String theme = TOPICS[i % TOPICS.length];
                Map<String, Object> venue = i == 0 ? venue(r, "WORK_ROOM", t.name() + "人大代表工作室", t) : null;
                Item item = group(r, t, roster, t.name() + theme + "课题组", "TOPIC_GROUP", theme, topicMembers, venue);
                out.add(item);
                roster.topicGroups.add(new Roster.Group(item.id, topicMembers, null));
            }
        }
        return out;
    }

    private static Item group(SplittableRandom r, County.Township t, Roster roster, String name, String kind, String theme,
                              List<UUID> members, Map<String, Object> venue) {
        UUID id = Draws.uuid(r);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("townshipCode", t.code());
        body.put("name", name);
        body.put("kind", kind);
        if (theme != null) {
            body.put("theme", theme);
        }
        body.put("formedOn", roster.formedOn.toString());
        body.put("leaderId", members.get(0));
        if (members.size() > 2) {
            body.put("deputyLeaderId", members.get(1));
            body.put("liaisonId", members.get(2));
        }
        body.put("memberIds", members);
        if (venue != null) {
            body.put("venue", venue);
        }
        Item item = new Item("group", id, t.code(), "/api/deputy-groups", body, null, null);
        item.createCounters.add("groups");
        item.createCounters.add("groups." + kind);
        return item;
    }

    private static Map<String, Object> venue(SplittableRandom r, String kind, String name, County.Township t) {
        return Map.of("kind", kind, "name", name, "address", t.name() + "人民路" + (1 + r.nextInt(200)) + "号");
    }
}
