-- The petition-service's own view of each petition, answering GET /api/petitions/{id}.
-- Petitioners are personal data: kept here for the roles that may read them, never published.
CREATE TABLE petition_view (
    id                UUID PRIMARY KEY,
    township_code     VARCHAR(9)   NOT NULL,
    village_code      VARCHAR(12),
    channel           VARCHAR(20)  NOT NULL,
    received_on       DATE         NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    visitors          INTEGER,
    petitioner_count  INTEGER      NOT NULL,
    collective        BOOLEAN      NOT NULL,
    subject           TEXT         NOT NULL,
    content           TEXT,
    accused_unit_code VARCHAR(40),
    petitioners       JSONB        NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE INDEX petition_view_township ON petition_view (township_code, received_on);

CREATE TABLE petition_timeline (
    petition_id   UUID         NOT NULL REFERENCES petition_view (id),
    seq           BIGINT       NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    business_date DATE         NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (petition_id, seq)
);
