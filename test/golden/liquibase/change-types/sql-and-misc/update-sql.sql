Printed by the output change
Printed by the output change
SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Create Database Lock Table
CREATE TABLE public.databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID));

-- Initialize Database Lock Table
DELETE FROM public.databasechangeloglock;

INSERT INTO public.databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- Create Database Change Log Table
CREATE TABLE public.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- Change Log: changelogs/change-types/sql-and-misc.json
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/sql-and-misc.json::table::dbops
-- sql with its attributes; the rollback is raw SQL text.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE note (id int PRIMARY KEY, body varchar(200));

COMMENT ON TABLE note IS 'notes; with a semicolon';

ALTER TABLE note ADD COLUMN extra int;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 1, '9:fa46933243ad3f83483f7873e272f053', 'sql; sql; sql', 'sql with its attributes; the rollback is raw SQL text.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/sql-and-misc.json::sql-files::dbops
SET SEARCH_PATH TO public, "$user","public";

-- Seed rows; seeded stays unexpanded in the checksum (4.25.2+) but is expanded when run.
INSERT INTO note (id, body) VALUES (1, 'seeded');

INSERT INTO note (id, body) VALUES (2, 'semi; colon');

CREATE OR REPLACE FUNCTION note_count() RETURNS bigint
LANGUAGE sql
AS $$ SELECT count(*) FROM note $$
//

COMMENT ON FUNCTION note_count() IS 'counts notes'
//

INSERT INTO note (id, body) VALUES (3, 'café latin-1');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-files', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 2, '9:a61e130b40c6f8201482a0e41a140251', 'sqlFile path=sql/seed.sql; sqlFile path=changelogs/change-types/sql/function.sql; sqlFile path=sql/latin1.sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/sql-and-misc.json::modify-sql::dbops
SET SEARCH_PATH TO public, "$user","public";

/* prepended */ CREATE TABLE public.modified (id BIGINT, label VARCHAR(10)) WITH (fillfactor = 90);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('modify-sql', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 3, '9:4db0237ce95b5152cca37c1a598a9706', 'createTable tableName=modified', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/sql-and-misc.json::tag::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('tag', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 4, '9:38bb4793a6a4fbb48375b4027cd6f472', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>', 'v1.0');

-- Changeset changelogs/change-types/sql-and-misc.json::empty::dbops
-- No changes at all: DESCRIPTION empty
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('empty', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 5, '9:7a37a4e4638085400ecf49cb0bebb7de', 'empty', 'No changes at all: DESCRIPTION empty', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/sql-and-misc.json::no-changes::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('no-changes', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 6, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/sql-and-misc.json::output::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('output', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 7, '9:aba42cd9c22d7e51a5b6ef2c10ca9ac3', 'output; output', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/sql-and-misc.json::tag-2::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('tag-2', 'dbops', 'changelogs/change-types/sql-and-misc.json', NOW(), 8, '9:fc5823d0118b133cc84faa19e89623bd', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>', 'v2.0');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

