-- Backward-incompatible changes.
ALTER TABLE customer RENAME TO client;
ALTER TABLE person RENAME COLUMN surname TO last_name;
ALTER TABLE invoice ALTER COLUMN due_date DROP NOT NULL;
ALTER TABLE invoice ALTER COLUMN amount TYPE numeric(14,2);
ALTER TABLE invoice ALTER COLUMN reference TYPE varchar(100);
ALTER TABLE invoice ALTER COLUMN paid_at SET NOT NULL;
