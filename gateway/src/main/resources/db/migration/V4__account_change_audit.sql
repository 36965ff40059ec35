-- The account administration log goes to the audit trail (npc.audit.records): AccountAuditTrail sends each row
-- not sent yet and marks it. Rows from before this column existed are sent too (the whole history is audited).
ALTER TABLE account_change ADD COLUMN audit_sent_at timestamptz;
CREATE INDEX account_change_audit_unsent ON account_change (id) WHERE audit_sent_at IS NULL;
