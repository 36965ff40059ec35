-- The deputy-service's own view of each deputy, answering GET /api/deputies and /api/deputies/{id}.
-- phone and address are the deputy's private contact (personal data, DOMAIN §8): kept here for the
-- roles that may read them (DeputyContactPolicy), never published.
CREATE TABLE deputy_view (
    id                 UUID PRIMARY KEY,
    township_code      VARCHAR(9)   NOT NULL,
    name               VARCHAR(50)  NOT NULL,
    gender             VARCHAR(10)  NOT NULL,
    birth_date         DATE         NOT NULL,
    ethnicity          VARCHAR(20),
    party              VARCHAR(20)  NOT NULL,
    occupation         VARCHAR(20)  NOT NULL,
    electoral_district VARCHAR(100),
    phone              VARCHAR(20),
    address            VARCHAR(200),
    recorded_by        VARCHAR(100) NOT NULL,
    on_behalf_of       VARCHAR(60),
    version            BIGINT       NOT NULL
);

CREATE INDEX deputy_view_township ON deputy_view (township_code, name);

-- Every mandate of a deputy in the order it started (ordinal from 0), ended ones included.
CREATE TABLE deputy_mandate (
    deputy_id     UUID        NOT NULL REFERENCES deputy_view (id),
    ordinal       INTEGER     NOT NULL,
    level         VARCHAR(10) NOT NULL,
    congress_code VARCHAR(9)  NOT NULL,
    term          INTEGER     NOT NULL,
    elected_on    DATE        NOT NULL,
    status        VARCHAR(10) NOT NULL,
    ended_on      DATE,
    end_reason    VARCHAR(20),
    PRIMARY KEY (deputy_id, ordinal)
);

CREATE INDEX deputy_mandate_level ON deputy_mandate (level, status);
