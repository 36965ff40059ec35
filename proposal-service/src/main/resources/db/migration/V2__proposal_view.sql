-- The proposal-service's own view of each proposal, answering GET /api/proposals and /api/proposals/{id}.
-- Updated in the command's transaction (subscribing processor proposal-view); version = last sequence number.
CREATE TABLE proposal_view (
    id                    UUID PRIMARY KEY,
    kind                  VARCHAR(12)  NOT NULL,
    congress_code         VARCHAR(9)   NOT NULL,
    township_code         VARCHAR(9)   NOT NULL,
    session_id            VARCHAR(40),
    submitted_on          DATE         NOT NULL,
    lead_deputy_id        UUID         NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    content               TEXT,
    category              VARCHAR(40)  NOT NULL,
    state                 VARCHAR(12)  NOT NULL,
    round                 INTEGER      NOT NULL,
    lead_unit_code        VARCHAR(40),
    responsible_leader    VARCHAR(50),
    handler               VARCHAR(50),
    complex               BOOLEAN,
    assigned_on           DATE,
    deadline              DATE,
    latest_reply_class    VARCHAR(1),
    planned_completion_on DATE,
    latest_evaluation     VARCHAR(20),
    implemented           BOOLEAN,
    deferred_until        DATE,
    escalated_to          VARCHAR(10),
    version               BIGINT       NOT NULL
);

CREATE INDEX proposal_view_township ON proposal_view (township_code, submitted_on);
CREATE INDEX proposal_view_congress ON proposal_view (congress_code, state);

-- Signers in order: ordinal 0 is the lead deputy, then the co-signers.
CREATE TABLE proposal_signer (
    proposal_id UUID    NOT NULL REFERENCES proposal_view (id),
    deputy_id   UUID    NOT NULL,
    ordinal     INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, deputy_id)
);

CREATE INDEX proposal_signer_deputy ON proposal_signer (deputy_id);

-- Units the proposal is assigned to: the lead unit (主办) and co-units (协办).
CREATE TABLE proposal_unit (
    proposal_id UUID        NOT NULL REFERENCES proposal_view (id),
    unit_code   VARCHAR(40) NOT NULL,
    lead        BOOLEAN     NOT NULL,
    PRIMARY KEY (proposal_id, unit_code)
);

CREATE INDEX proposal_unit_code ON proposal_unit (unit_code);

-- Every step: who recorded it, on whose behalf, its business date, and what it said.
CREATE TABLE proposal_timeline (
    proposal_id   UUID         NOT NULL REFERENCES proposal_view (id),
    seq           BIGINT       NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    round         INTEGER      NOT NULL,
    business_date DATE         NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    on_behalf_of  VARCHAR(60),
    recorded_at   TIMESTAMPTZ  NOT NULL,
    details       JSONB        NOT NULL,
    PRIMARY KEY (proposal_id, seq)
);
