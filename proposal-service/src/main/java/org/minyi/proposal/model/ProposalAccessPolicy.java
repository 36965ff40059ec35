package org.minyi.proposal.model;

import org.minyi.platform.security.Caller;
import org.minyi.platform.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Who may do what with proposals (docs/domain.md §4, §8; docs/ARCHITECTURE.md "Access"). The congress office is the county admin
 * for the county congress and every township congress, a township clerk for its townships' congresses:
 * it registers, rejects, converts, assigns, closes, records deferrals, escalations, supervision and
 * implementation, and may record any other step on behalf of a unit or a deputy. A deputy submits as the
 * lead deputy and evaluates their own proposals; the lead unit records its consultations and replies; the
 * deputy's waiver of consultation is recorded by the lead deputy or the lead unit. Reading: the office and
 * leaders by township, a deputy the proposals they signed, a unit those assigned to it (lead or co-unit).
 */
public final class ProposalAccessPolicy {

    private ProposalAccessPolicy() {
    }

    /** The congress office of a congress: any for the county admin; its townships' for a clerk. */
    public static boolean isOffice(Caller caller, String congressCode) {
        return caller.is(Role.COUNTY_ADMIN)
                || (caller.is(Role.TOWNSHIP_CLERK) && caller.townships().contains(congressCode));
    }

    public static boolean maySubmit(Caller caller, String congressCode, UUID leadDeputyId) {
        return isLeadDeputy(caller, leadDeputyId) || isOffice(caller, congressCode);
    }

    /** Office steps: register, reject, convert, assign, close, defer, escalate, supervise, implementation. */
    public static boolean mayManage(Caller caller, ProposalScope p) {
        return isOffice(caller, p.congressCode());
    }

    /** Consultations and replies: the lead unit, or the office on its behalf. */
    public static boolean mayHandle(Caller caller, ProposalScope p) {
        return isLeadUnit(caller, p) || isOffice(caller, p.congressCode());
    }

    /** The deputy's waiver of consultation: the lead deputy, the lead unit that heard it, or the office. */
    public static boolean mayWaive(Caller caller, ProposalScope p) {
        return isLeadDeputy(caller, p.leadDeputyId()) || mayHandle(caller, p);
    }

    /** Evaluation: the lead deputy, or the office on their behalf. */
    public static boolean mayEvaluate(Caller caller, ProposalScope p) {
        return isLeadDeputy(caller, p.leadDeputyId()) || isOffice(caller, p.congressCode());
    }

    public static boolean mayRead(Caller caller, ProposalScope p) {
        if (caller.role() == null) {
            return false;
        }
        return switch (caller.role()) {
            case COUNTY_ADMIN -> true;
            case TOWNSHIP_CLERK, LEADER -> caller.coversTownship(p.townshipCode());
            case DEPUTY -> caller.deputyId() != null && p.signers().stream().anyMatch(s -> s.toString().equals(caller.deputyId()));
            case HANDLING_UNIT -> caller.unitCode() != null && (caller.unitCode().equals(p.leadUnitCode())
                    || p.coUnitCodes().contains(caller.unitCode()));
            case VIEWER -> false;
        };
    }

    /** Whether the caller may list proposals at all (viewers read aggregates only). */
    public static boolean mayList(Caller caller) {
        return caller.role() != null && !caller.is(Role.VIEWER);
    }

    /** The townships a list is limited to, or null for no limit by township. */
    public static List<String> listTownships(Caller caller) {
        if (caller.is(Role.TOWNSHIP_CLERK) || (caller.is(Role.LEADER) && !caller.townships().isEmpty())) {
            return caller.townships();
        }
        return null;
    }

    private static boolean isLeadDeputy(Caller caller, UUID leadDeputyId) {
        return caller.is(Role.DEPUTY) && caller.deputyId() != null && leadDeputyId != null
                && caller.deputyId().equals(leadDeputyId.toString());
    }

    private static boolean isLeadUnit(Caller caller, ProposalScope p) {
        return caller.is(Role.HANDLING_UNIT) && caller.unitCode() != null && caller.unitCode().equals(p.leadUnitCode());
    }
}
