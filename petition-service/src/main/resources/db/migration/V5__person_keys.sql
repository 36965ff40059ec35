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
