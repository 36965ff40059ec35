-- The desk's lists (GET /api/proposals?dueBefore=…&sort=deadline): replies pending, by their deadline.
-- The predicate is ProposalViewProjection.AWAITING_REPLY, so the planner uses the index for dueBefore.
CREATE INDEX proposal_view_pending_deadline ON proposal_view (deadline, id)
    WHERE state IN ('ASSIGNED', 'CONSULTED', 'REHANDLING');
