-- One row per petition with the facts the metrics need, from npc.petition.events.
CREATE TABLE petition_fact (
    petition_id      UUID PRIMARY KEY,
    township_code    VARCHAR(9)  NOT NULL,
    village_code     VARCHAR(12),
    channel          VARCHAR(20) NOT NULL,
    received_on      DATE        NOT NULL,
    visitors         INTEGER,
    petitioner_count INTEGER     NOT NULL,
    collective       BOOLEAN     NOT NULL
);

CREATE INDEX petition_fact_cohort ON petition_fact (township_code, received_on);
