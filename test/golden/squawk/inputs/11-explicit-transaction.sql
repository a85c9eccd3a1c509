-- Explicit transaction control inside a changeset.
BEGIN;
ALTER TABLE person ADD COLUMN twitter text;
BEGIN;
COMMIT;
COMMIT;
