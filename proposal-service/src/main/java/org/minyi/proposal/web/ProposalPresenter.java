package org.minyi.proposal.web;

import org.minyi.platform.model.BusinessCalendar;
import org.minyi.proposal.model.ProposalLifecycle;
import org.minyi.proposal.model.ReplyDeadlinePolicy;
import org.minyi.proposal.model.ServingDeputies;
import org.minyi.proposal.view.ProposalView;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * A proposal as answers show it: the view's item with its signers' public details, its next step and allowed
 * steps ({@link ProposalLifecycle}) and whether its reply is overdue today ({@link ReplyDeadlinePolicy}).
 */
@Component
public class ProposalPresenter {

    private final ServingDeputies deputies;
    private final BusinessCalendar calendar;

    public ProposalPresenter(ServingDeputies deputies, BusinessCalendar calendar) {
        this.deputies = deputies;
        this.calendar = calendar;
    }

    public ProposalResponse present(ProposalView v) {
        var known = deputies.find(new LinkedHashSet<>(v.signers()));
        Function<UUID, ProposalResponse.Signer> signer = id -> {
            var k = known.get(id);
            return new ProposalResponse.Signer(id, k == null ? null : k.name(), k == null ? null : k.townshipCode());
        };
        ProposalResponse.Assignment assignment = v.leadUnitCode() == null ? null
                : new ProposalResponse.Assignment(v.assignedOn(), v.leadUnitCode(), v.coUnitCodes(), v.responsibleLeader(),
                v.handler(), Boolean.TRUE.equals(v.complex()));
        return new ProposalResponse(v.id(), v.kind(), v.congressCode(), v.townshipCode(), v.sessionId(), v.submittedOn(),
                signer.apply(v.leadDeputyId()), v.coSignerIds().stream().map(signer).toList(), v.title(), v.content(),
                v.category(), v.state(), v.round(), ProposalLifecycle.nextStep(v.state()),
                ProposalLifecycle.allowed(v.state(), v.kind(), v.latestReplyClass()).stream().sorted().toList(),
                v.deadline(), ReplyDeadlinePolicy.overdue(v.state(), v.deadline(), calendar.today()), assignment,
                v.latestReplyClass(), v.plannedCompletionOn(), v.latestEvaluation(), v.implemented(), v.deferredUntil(),
                v.escalatedTo(), v.version(), v.timeline());
    }
}
