-- Whom a step was recorded for, when an office typed it in for a unit or a deputy.
ALTER TABLE petition_timeline ADD COLUMN on_behalf_of VARCHAR(60);
