-- The unit a petition is assigned to (交办): it alone among units may read the petition, and sees
-- petitioners' names and contacts with ID numbers masked (DOMAIN §8). Set by the assign step.
ALTER TABLE petition_view ADD COLUMN assigned_unit_code VARCHAR(40);
