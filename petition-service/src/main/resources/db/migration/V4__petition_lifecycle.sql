-- The whole lifecycle in the view (DOMAIN §5): classification, the handling unit or body, the round of
-- handling, the deadline of every step as its event carried it, and the step the petition waits for.
ALTER TABLE petition_view
    ADD COLUMN category                VARCHAR(30),
    ADD COLUMN flags                   JSONB       NOT NULL DEFAULT '[]',
    ADD COLUMN repeat_of               UUID,
    ADD COLUMN transferred_to          TEXT,
    ADD COLUMN round                   INTEGER     NOT NULL DEFAULT 1,
    ADD COLUMN extension_used          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN satisfaction            VARCHAR(30),
    ADD COLUMN next_step               VARCHAR(20),
    ADD COLUMN registration_deadline   DATE,
    ADD COLUMN disposition_deadline    DATE,
    ADD COLUMN completion_deadline     DATE,
    ADD COLUMN answer_deadline         DATE,
    ADD COLUMN return_visit_deadline   DATE,
    ADD COLUMN review_request_deadline DATE;

-- The deadline of the step the petition waits for: what "overdue" is judged against.
ALTER TABLE petition_view ADD COLUMN deadline DATE GENERATED ALWAYS AS (
    CASE next_step
        WHEN 'REGISTER' THEN registration_deadline
        WHEN 'DISPOSE' THEN disposition_deadline
        WHEN 'COMPLETE' THEN completion_deadline
        WHEN 'ANSWER' THEN answer_deadline
        WHEN 'RETURN_VISIT' THEN return_visit_deadline
    END) STORED;

-- Petitions taken in before this version (all RECEIVED) get their next step and receipt deadlines from
-- V6__SealPlainPetitioners, which also puts those deadlines on their stored events.

CREATE INDEX petition_view_state ON petition_view (township_code, state);
CREATE INDEX petition_view_unit ON petition_view (assigned_unit_code) WHERE assigned_unit_code IS NOT NULL;
CREATE INDEX petition_view_deadline ON petition_view (deadline) WHERE deadline IS NOT NULL;

-- What each step said besides who and when (unit, category, reason, text, ...): the timeline shows it.
ALTER TABLE petition_timeline ADD COLUMN details JSONB NOT NULL DEFAULT '{}';
