-- Petition steps for the four-100% figures (DOMAIN §6), from every petition event.
-- Any event of a petition may arrive first (it carries township, village, receipt date, category and
-- flags), so the facts only PetitionReceived carries become nullable: they fill in when it arrives.
ALTER TABLE petition_fact ALTER COLUMN channel DROP NOT NULL;
ALTER TABLE petition_fact ALTER COLUMN petitioner_count DROP NOT NULL;
ALTER TABLE petition_fact ALTER COLUMN collective DROP NOT NULL;

ALTER TABLE petition_fact
    ADD COLUMN category               VARCHAR(30),
    ADD COLUMN repeat                 BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN level_skipping         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN important              BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN complaint_against_unit BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN repeat_of              UUID,
    ADD COLUMN registration_deadline  DATE,
    ADD COLUMN registered_on          DATE,
    ADD COLUMN disposition_deadline   DATE,
    -- ASSIGNED, TRANSFERRED or NOT_ACCEPTED, on disposed_on
    ADD COLUMN disposition            VARCHAR(20),
    ADD COLUMN disposed_on            DATE,
    ADD COLUMN unit_code              VARCHAR(30);

-- One row per handling round (1, plus one with each review request). Round 1 starts with the disposition
-- (assignment, transfer, or the not-accept decision, which leads straight to the answer); round n > 1 with
-- the review request. Every deadline is the one the events carry.
CREATE TABLE petition_round_fact (
    petition_id                   UUID        NOT NULL,
    round                         INTEGER     NOT NULL,
    started_on                    DATE,
    completion_deadline           DATE,
    -- the one extension: as of a date before extended_on the deadline is still completion_deadline
    extended_on                   DATE,
    extension_days                INTEGER,
    extended_completion_deadline  DATE,
    completed_on                  DATE,
    answer_deadline               DATE,
    answered_on                   DATE,
    return_visit_deadline         DATE,
    visited_on                    DATE,
    satisfaction                  VARCHAR(20),
    PRIMARY KEY (petition_id, round)
);
