-- One AES-256 key per petitioner (DOMAIN §8): events and the view hold the petitioner's fields sealed
-- with it; destroying the row erases the person, the history keeps its shape. Never published, never
-- in the view.
CREATE TABLE person_key (
    person_id   UUID PRIMARY KEY,
    petition_id UUID        NOT NULL,
    key         BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX person_key_petition ON person_key (petition_id);

-- Repeat detection (DOMAIN §5): keyed hashes (HMAC-SHA256 with the deployment's secret) of each
-- petitioner's ID number and of phone and name together, never the values. Deleted with the person's key.
CREATE TABLE petitioner_fingerprint (
    person_id   UUID        NOT NULL,
    petition_id UUID        NOT NULL,
    received_on DATE        NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    hash        VARCHAR(64) NOT NULL,
    PRIMARY KEY (person_id, kind)
);

CREATE INDEX petitioner_fingerprint_hash ON petitioner_fingerprint (kind, hash, received_on);

-- Earlier petitions a new petition's petitioner matched when it was taken in: suggested as its original.
CREATE TABLE petition_repeat_candidate (
    petition_id         UUID NOT NULL,
    person_id           UUID NOT NULL,
    earlier_petition_id UUID NOT NULL,
    earlier_person_id   UUID NOT NULL,
    PRIMARY KEY (petition_id, person_id, earlier_petition_id, earlier_person_id)
);

CREATE INDEX petition_repeat_candidate_earlier ON petition_repeat_candidate (earlier_person_id);
