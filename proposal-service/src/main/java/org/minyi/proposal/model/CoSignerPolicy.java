package org.minyi.proposal.model;

import org.minyi.platform.model.RuleViolation;
import org.minyi.platform.model.UnknownReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who must sign a proposal (docs/domain.md §4): a motion (议案) needs at least 5 deputies of a township congress
 * jointly, 10 of the county congress, the lead deputy included; a suggestion may come from one deputy.
 * Every signer is named once and serves in the congress, per the roster the service keeps from the deputy topic.
 */
public final class CoSignerPolicy {

    public static final int TOWNSHIP_MOTION_SIGNERS = 5;
    public static final int COUNTY_MOTION_SIGNERS = 10;

    private CoSignerPolicy() {
    }

    public static int minimumSigners(ProposalKind kind, CongressLevel level) {
        if (kind == ProposalKind.SUGGESTION) {
            return 1;
        }
        return level == CongressLevel.COUNTY ? COUNTY_MOTION_SIGNERS : TOWNSHIP_MOTION_SIGNERS;
    }

    /**
     * Refuses, with 422 naming each field, every signer who does not serve in the congress. A co-signer left
     * out (null) is {@link #check}'s to refuse.
     */
    public static void requireServing(String congressCode, UUID leadDeputyId, List<UUID> coSignerIds,
                                      ServingDeputies deputies) {
        List<UUID> coSigners = coSignerIds == null ? List.of() : coSignerIds;
        Set<UUID> named = new LinkedHashSet<>(coSigners);
        named.add(leadDeputyId);
        named.remove(null);
        Set<UUID> serving = deputies.servingIn(congressCode, named);
        List<UnknownReference.Reference> notServing = new ArrayList<>();
        if (!serving.contains(leadDeputyId)) {
            notServing.add(notServing("leadDeputyId"));
        }
        for (int i = 0; i < coSigners.size(); i++) {
            if (coSigners.get(i) != null && !serving.contains(coSigners.get(i))) {
                notServing.add(notServing("coSignerIds[" + i + "]"));
            }
        }
        UnknownReference.refuseAny(notServing);
    }

    private static UnknownReference.Reference notServing(String field) {
        return new UnknownReference.Reference(field, "该代表不是本人大的在任代表", "not a serving deputy of this congress");
    }

    public static void requireLead(UUID leadDeputyId) {
        if (leadDeputyId == null) {
            throw new RuleViolation("leadDeputyId", "请填写领衔代表", "the lead deputy is required");
        }
    }

    public static void check(ProposalKind kind, CongressLevel level, UUID leadDeputyId, List<UUID> coSignerIds) {
        requireLead(leadDeputyId);
        Set<UUID> signers = new HashSet<>();
        signers.add(leadDeputyId);
        List<UUID> coSigners = coSignerIds == null ? List.of() : coSignerIds;
        for (int i = 0; i < coSigners.size(); i++) {
            if (coSigners.get(i) == null || !signers.add(coSigners.get(i))) {
                throw new RuleViolation("coSignerIds[" + i + "]", "附议代表重复或与领衔代表相同",
                        "a co-signer is named twice or is the lead deputy");
            }
        }
        int minimum = minimumSigners(kind, level);
        if (signers.size() < minimum) {
            String congress = level == CongressLevel.COUNTY ? "县人大" : "乡镇人大";
            throw new RuleViolation("coSignerIds", congress + "议案须由至少" + minimum + "名代表联名（含领衔代表），现为"
                    + signers.size() + "名",
                    "a " + level.name().toLowerCase() + " congress motion needs at least " + minimum
                            + " signers including the lead deputy; it has " + signers.size());
        }
    }
}
