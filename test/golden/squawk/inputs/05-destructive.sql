-- Destructive changes.
DROP TABLE audit_log;
DROP TABLE IF EXISTS staging_import CASCADE;
ALTER TABLE person DROP COLUMN middle_name;
TRUNCATE session_store CASCADE;
TRUNCATE cache_entry;
DROP DATABASE legacy;
DROP SCHEMA reporting CASCADE;
