-- The audit trail (GET /api/audit), from npc.audit.records: who did what, when, on whose behalf, to which item.
-- One row per record; the record id is the key, so a record sent again changes nothing. No personal data.
CREATE TABLE audit_entry (
    record_id     uuid         NOT NULL PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    source        varchar(64)  NOT NULL,
    action        varchar(64)  NOT NULL,
    item_kind     varchar(32)  NOT NULL,
    item_id       varchar(100) NOT NULL,
    township_code varchar(9),
    actor         varchar(64)  NOT NULL,
    on_behalf_of  varchar(64)
);

-- Newest first, alone or within one actor, one item or one township (each filter with the date range).
CREATE INDEX audit_entry_newest ON audit_entry (occurred_at DESC, record_id DESC);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_by_item ON audit_entry (item_id, occurred_at DESC);
CREATE INDEX audit_entry_by_township ON audit_entry (township_code, occurred_at DESC);
