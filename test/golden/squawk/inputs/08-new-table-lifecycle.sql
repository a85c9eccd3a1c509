-- Statements on a table created in the same changeset: nothing existing is affected.
CREATE TABLE scratch (id bigint PRIMARY KEY, payload text, note text);
CREATE INDEX idx_scratch_payload ON scratch (payload);
ALTER TABLE scratch ADD COLUMN created_at timestamptz NOT NULL;
ALTER TABLE scratch ALTER COLUMN note SET NOT NULL;
ALTER TABLE scratch RENAME COLUMN note TO remark;
ALTER TABLE scratch ADD CONSTRAINT ck_scratch_payload CHECK (payload <> '');
DROP INDEX idx_scratch_payload;
DROP TABLE scratch;
