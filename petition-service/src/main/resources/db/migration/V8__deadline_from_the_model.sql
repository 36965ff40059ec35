-- The deadline a petition is judged by (the one of the step it waits for) is written by the view projection
-- from the model's lifecycle (docs/domain.md §5), no longer derived here a second time. The values stay.
ALTER TABLE petition_view ALTER COLUMN deadline DROP EXPRESSION;
