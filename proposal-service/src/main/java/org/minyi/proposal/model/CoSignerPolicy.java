package org.minyi.proposal.model;

import org.minyi.platform.model.RuleViolation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who must sign a proposal (DOMAIN §4): a motion (议案) needs at least 5 deputies of a township congress
 * jointly, 10 of the county congress, the lead deputy included; a suggestion may come from one deputy.
 * Every signer is named once. Whether each signer serves in the congress is checked against the
 * roster the service keeps from the deputy topic, outside this policy.
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

    public static void check(ProposalKind kind, CongressLevel level, UUID leadDeputyId, List<UUID> coSignerIds) {
        if (leadDeputyId == null) {
            throw new RuleViolation("leadDeputyId", "请填写领衔代表", "the lead deputy is required");
        }
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
