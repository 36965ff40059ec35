package org.minyi.petition.web;

import org.minyi.petition.model.PetitionAccessPolicy;
import org.minyi.petition.model.PetitionDeadlinePolicy;
import org.minyi.petition.model.PetitionLifecyclePolicy;
import org.minyi.petition.model.PetitionerMaskingPolicy;
import org.minyi.petition.model.VisiblePetitioner;
import org.minyi.petition.personaldata.PersonalDataReads;
import org.minyi.petition.personaldata.PetitionerVault;
import org.minyi.petition.personaldata.RepeatFingerprints;
import org.minyi.petition.view.PetitionView;
import org.minyi.petition.view.PetitionViews;
import org.minyi.platform.model.BusinessCalendar;
import org.minyi.platform.security.Caller;
import org.minyi.platform.web.ApiProblem;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Turns the view into what a caller may read: access checked, petitioners as the role may see them, overdue as of today. */
@Component
public class PetitionResponses {

    private final BusinessCalendar calendar;
    private final PetitionerVault vault;
    private final RepeatFingerprints repeats;
    private final PetitionViews views;
    private final PersonalDataReads reads;

    public PetitionResponses(BusinessCalendar calendar, PetitionerVault vault, RepeatFingerprints repeats,
                             PetitionViews views, PersonalDataReads reads) {
        this.calendar = calendar;
        this.reads = reads;
        this.vault = vault;
        this.repeats = repeats;
        this.views = views;
    }

    /** The petition as the caller may see it; 403 when the caller may not read it at all. */
    public PetitionResponse readable(PetitionView view, Caller caller) {
        if (!PetitionAccessPolicy.mayRead(caller, view)) {
            throw ApiProblem.forbidden("当前账号无权查看此信访件。", "This account may not read this petition.");
        }
        return of(view, caller);
    }

    /** The petition as the caller may see it, the caller's right to read it already established. */
    public PetitionResponse of(PetitionView v, Caller caller) {
        return new PetitionResponse(v.id(), v.channel(), v.townshipCode(), v.villageCode(), v.receivedOn(), v.state(),
                v.collective(), v.flags(), v.category(), v.visitors(), v.petitionerCount(), v.subject(), v.content(),
                v.accusedUnitCode(), v.assignedUnitCode(), v.transferredTo(), v.repeatOf(), v.round(), v.satisfaction(),
                petitioners(v, caller), repeatCandidates(v, caller), v.nextStep(), v.deadline(), isOverdue(v),
                v.deadlines(), PetitionLifecyclePolicy.allowedActions(v.stage()), v.version(), v.timeline());
    }

    /**
     * Opened only for a caller who may see them, as far as it may; null for everyone else. Showing them is recorded
     * for the audit trail (who looked, when, which petition), unless nothing was left to show (none, or all erased).
     */
    private List<VisiblePetitioner> petitioners(PetitionView v, Caller caller) {
        PetitionerMaskingPolicy.Visibility visibility = PetitionerMaskingPolicy.of(caller, v);
        if (visibility == PetitionerMaskingPolicy.Visibility.NONE) {
            return null;
        }
        List<VisiblePetitioner> shown = vault.open(v.petitioners()).stream()
                .map(p -> PetitionerMaskingPolicy.apply(visibility, p)).toList();
        if (shown.stream().anyMatch(p -> !p.erased())) {
            reads.record(caller.account(), v.id(), v.townshipCode());
        }
        return shown;
    }

    /**
     * The earlier petitions suggested as this one's original, for a caller who may see the petitioners of
     * this petition and of each suggested one (a suggestion says who petitioned before); null for others.
     */
    private List<UUID> repeatCandidates(PetitionView v, Caller caller) {
        if (PetitionerMaskingPolicy.of(caller, v) == PetitionerMaskingPolicy.Visibility.NONE) {
            return null;
        }
        return repeats.candidates(v.id()).stream()
                .filter(earlier -> views.find(earlier).filter(e -> PetitionAccessPolicy.mayRead(caller, e)
                        && PetitionerMaskingPolicy.of(caller, e) != PetitionerMaskingPolicy.Visibility.NONE).isPresent())
                .toList();
    }

    /** The petition as a list shows it: no petitioners, no timeline. */
    public PetitionSummary summary(PetitionView v) {
        return new PetitionSummary(v.id(), v.channel(), v.townshipCode(), v.villageCode(), v.receivedOn(), v.state(),
                v.category(), v.flags(), v.collective(), v.subject(), v.assignedUnitCode(), v.round(), v.nextStep(),
                v.deadline(), isOverdue(v), v.version());
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** Overdue as the model defines it, as of today. */
    private boolean isOverdue(PetitionView v) {
        return PetitionDeadlinePolicy.isOverdue(v.deadline(), calendar.today());
    }
}
