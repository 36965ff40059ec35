-- Who serves in which congress, kept from npc.deputy.events alone (ServingDeputiesProjection).
-- Public details only: the name and home township for display; never a contact.
CREATE TABLE known_deputy (
    deputy_id     UUID PRIMARY KEY,
    name          VARCHAR(50) NOT NULL,
    township_code VARCHAR(9)  NOT NULL
);

-- One row per mandate (deputy, level, congress, term); no foreign key to known_deputy: a mandate event
-- of a deputy whose registration this service never saw is kept all the same.
CREATE TABLE deputy_congress_mandate (
    deputy_id     UUID        NOT NULL,
    level         VARCHAR(10) NOT NULL,
    congress_code VARCHAR(9)  NOT NULL,
    term          INTEGER     NOT NULL,
    elected_on    DATE,
    status        VARCHAR(10) NOT NULL,
    ended_on      DATE,
    PRIMARY KEY (deputy_id, level, congress_code, term)
);

CREATE INDEX deputy_congress_mandate_serving ON deputy_congress_mandate (congress_code, status);
