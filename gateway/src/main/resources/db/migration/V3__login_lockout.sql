-- Failed sign-ins of people, to lock an account out for a growing time after repeated failures. Kept
-- apart from the account row: a failure is not a change of the account and moves no version.
CREATE TABLE login_failure (
    username      varchar(64) NOT NULL PRIMARY KEY REFERENCES account (username) ON DELETE CASCADE,
    failures      integer     NOT NULL,
    last_failed   timestamptz NOT NULL,
    locked_until  timestamptz
);

-- A lock-out is part of the account's history, beside who created or changed it.
ALTER TABLE account_change DROP CONSTRAINT account_change_change_check;
ALTER TABLE account_change ADD CONSTRAINT account_change_change_check
    CHECK (change IN ('CREATED', 'UPDATED', 'SECRET_SET', 'LOCKED_OUT'));
