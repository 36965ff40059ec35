-- Proposals' facts from npc.proposal.events (DOMAIN §6 "Proposals"). Every step keeps its business date, so
-- each figure can be computed as it stood on any as-of date. A row may be created by any event of its
-- proposal (the submission need not have been seen yet), so only the key and the tenancy key are required.
CREATE TABLE proposal_fact (
    proposal_id          UUID PRIMARY KEY,
    congress_code        VARCHAR(9)  NOT NULL,
    township_code        VARCHAR(9)  NOT NULL,
    kind                 VARCHAR(10),          -- as submitted; converted_on tells when it became a suggestion
    congress_level       VARCHAR(10),
    category             VARCHAR(40),
    session_id           VARCHAR(40),
    submitted_on         DATE,
    lead_deputy_id       UUID,
    signer_count         INTEGER,
    registered_on        DATE,
    rejected_on          DATE,
    converted_on         DATE,
    assigned_on          DATE,
    lead_unit_code       VARCHAR(30),
    complex              BOOLEAN,
    reply_due_on         DATE,                 -- of round 1, the deadline of the reply rate
    escalated_on         DATE,
    escalated_to         VARCHAR(10),
    closed_on            DATE,
    closed_by_presidium  BOOLEAN
);

CREATE INDEX proposal_fact_cohort ON proposal_fact (township_code, submitted_on);
CREATE INDEX proposal_fact_unit ON proposal_fact (lead_unit_code, submitted_on);

-- One row per handling round: round 1 starts at assignment, each later one at an unsatisfied evaluation.
CREATE TABLE proposal_round_fact (
    proposal_id            UUID    NOT NULL,
    round                  INTEGER NOT NULL,
    started_on             DATE,
    reply_due_on           DATE,
    consulted_on           DATE,               -- first consultation held in the round
    waived_on              DATE,
    deferred_on            DATE,
    deferred_latest_on     DATE,
    replied_on             DATE,
    reply_class            VARCHAR(1),
    planned_completion_on  DATE,
    reply_consulted        BOOLEAN,            -- a consultation preceded the reply (false: waived)
    evaluated_on           DATE,
    evaluation_result      VARCHAR(20),
    PRIMARY KEY (proposal_id, round)
);

-- Implementation records of a class-B reply, in the order they were made; reply_round is the round of the
-- reply they concern (the latest reply when recorded).
CREATE TABLE proposal_implementation_fact (
    proposal_id  UUID    NOT NULL,
    seq          INTEGER NOT NULL,
    reply_round  INTEGER,
    recorded_on  DATE    NOT NULL,
    implemented  BOOLEAN NOT NULL,
    PRIMARY KEY (proposal_id, seq)
);

CREATE TABLE proposal_supervision_fact (
    proposal_id  UUID        NOT NULL,
    seq          INTEGER     NOT NULL,
    on_date      DATE        NOT NULL,
    type         VARCHAR(20) NOT NULL,
    PRIMARY KEY (proposal_id, seq)
);

-- Who signed which proposal in which role, for deputies' points; a conversion to a suggestion changes the roles.
CREATE TABLE proposal_signature_fact (
    proposal_id  UUID        NOT NULL,
    deputy_id    UUID        NOT NULL,
    role         VARCHAR(20) NOT NULL,   -- MOTION_LEAD, MOTION_COSIGNER, SUGGESTION_LEAD, SUGGESTION_COSIGNER
    submitted_on DATE        NOT NULL,
    PRIMARY KEY (proposal_id, deputy_id)
);

CREATE INDEX proposal_signature_fact_deputy ON proposal_signature_fact (deputy_id, submitted_on);
