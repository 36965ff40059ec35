-- Deputies' facts from npc.deputy.events, for points, voter contacts and group activity (DOMAIN §6 "Deputies").
-- Rows of different aggregates arrive in any order (they are on different partitions): nothing here has a
-- foreign key, and the reports join what is there.
CREATE TABLE deputy_fact (
    deputy_id     UUID PRIMARY KEY,
    township_code VARCHAR(9)  NOT NULL,
    name          VARCHAR(50) NOT NULL
);

CREATE INDEX deputy_fact_township ON deputy_fact (township_code);

-- Every mandate with its dates: who served when (ended_on null while serving).
CREATE TABLE deputy_mandate_fact (
    deputy_id     UUID        NOT NULL,
    level         VARCHAR(10) NOT NULL,
    congress_code VARCHAR(9)  NOT NULL,
    term          INTEGER     NOT NULL,
    elected_on    DATE        NOT NULL,
    ended_on      DATE,
    PRIMARY KEY (deputy_id, level, term, congress_code)
);

CREATE TABLE activity_fact (
    activity_id     UUID PRIMARY KEY,
    township_code   VARCHAR(9)  NOT NULL,
    type            VARCHAR(30) NOT NULL,
    inspection_mode VARCHAR(20),
    held_on         DATE        NOT NULL,
    group_id        UUID,
    items_collected INTEGER     NOT NULL,
    withdrawn_on    DATE
);

CREATE INDEX activity_fact_group ON activity_fact (group_id, held_on);

CREATE TABLE activity_participant_fact (
    activity_id UUID NOT NULL,
    deputy_id   UUID NOT NULL,
    held_on     DATE NOT NULL,
    PRIMARY KEY (activity_id, deputy_id)
);

CREATE INDEX activity_participant_fact_deputy ON activity_participant_fact (deputy_id, held_on);

CREATE TABLE points_adjustment_fact (
    adjustment_id UUID PRIMARY KEY,
    deputy_id     UUID          NOT NULL,
    category      VARCHAR(20)   NOT NULL,
    points        NUMERIC(5, 1) NOT NULL,
    adjusted_on   DATE          NOT NULL
);

CREATE INDEX points_adjustment_fact_deputy ON points_adjustment_fact (deputy_id, adjusted_on);

CREATE TABLE group_fact (
    group_id      UUID PRIMARY KEY,
    township_code VARCHAR(9)   NOT NULL,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    formed_on     DATE         NOT NULL
);

CREATE INDEX group_fact_township ON group_fact (township_code);
