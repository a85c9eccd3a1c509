-- A lock_timeout before the DDL.
SET lock_timeout = '2s';
SET statement_timeout = '5min';
ALTER TABLE person ADD COLUMN nickname text;
CREATE INDEX CONCURRENTLY idx_person_nickname ON person (nickname);
