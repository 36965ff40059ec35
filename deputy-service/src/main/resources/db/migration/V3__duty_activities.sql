-- Duty activities (履职活动) as logged; a withdrawn one stays, marked, and no longer counts.
-- place and notes are the office's free text: shown only to the roles of ActivityAccessPolicy.
CREATE TABLE duty_activity_view (
    id                  UUID PRIMARY KEY,
    type                VARCHAR(30)  NOT NULL,
    inspection_mode     VARCHAR(20),
    held_on             DATE         NOT NULL,
    township_code       VARCHAR(9)   NOT NULL,
    group_id            UUID,
    place               VARCHAR(200),
    notes               VARCHAR(2000),
    items_collected     INTEGER      NOT NULL,
    evaluated_unit_code VARCHAR(30),
    withdrawn_on        DATE,
    withdraw_reason     VARCHAR(500),
    recorded_by         VARCHAR(100) NOT NULL,
    on_behalf_of        VARCHAR(60),
    version             BIGINT       NOT NULL
);

CREATE INDEX duty_activity_view_township ON duty_activity_view (township_code, held_on);

CREATE TABLE duty_activity_participant (
    activity_id UUID NOT NULL REFERENCES duty_activity_view (id),
    deputy_id   UUID NOT NULL,
    PRIMARY KEY (activity_id, deputy_id)
);

CREATE INDEX duty_activity_participant_deputy ON duty_activity_participant (deputy_id);

-- Points adjustments by the office (积分调整), part of a deputy's record.
CREATE TABLE deputy_points_adjustment (
    id           UUID PRIMARY KEY,
    deputy_id    UUID          NOT NULL REFERENCES deputy_view (id),
    category     VARCHAR(20)   NOT NULL,
    points       NUMERIC(5, 1) NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    adjusted_on  DATE          NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    on_behalf_of VARCHAR(60)
);

CREATE INDEX deputy_points_adjustment_deputy ON deputy_points_adjustment (deputy_id, adjusted_on);
