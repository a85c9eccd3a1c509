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
-- Change Log: changelogs/change-types/formatted.sql
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/formatted.sql::create-table::dbops
-- Creates a table from formatted SQL
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE fs_item (id int PRIMARY KEY, name varchar(50));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('create-table', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 1, '9:62db9274f79044cab8000298d85b8ed2', 'sql', 'Creates a table from formatted SQL', 'EXECUTED', 'test', 'sql,table', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::insert-rows::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO fs_item VALUES (1, 'one');

INSERT INTO fs_item VALUES (2, 'two; with a semicolon');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('insert-rows', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 2, '9:a106fe2d915f0fdc42c9b0fd495de1fe', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::function::dbops
SET SEARCH_PATH TO public, "$user","public";

-- a comment that stays in the checksum
CREATE FUNCTION fs_count() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM fs_item);
END;
$$;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('function', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 3, '9:05d8f870c4885ac52adc4bf6d65a5610', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::precondition::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO fs_item VALUES (99, 'from-a-property');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('precondition', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 4, '9:79db800f049e31372b776ec923d04740', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::mark-ran::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE fs_missing;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('mark-ran', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 5, '9:ff994416d262b9a052a8d509ea13a242', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::id with spaces::dbops:with-colon
-- multi-word comment without a colon
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE fs_item ADD COLUMN note text;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('id with spaces', 'dbops:with-colon', 'changelogs/change-types/formatted.sql', NOW(), 6, '9:66befe56b479cda9b09722a8d67f1b4e', 'sql', 'multi-word comment without a colon', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::valid-checksum::dbops
SET SEARCH_PATH TO public, "$user","public";

COMMENT ON TABLE fs_item IS 'items';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('valid-checksum', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 7, '9:e0ffafa4e8f7e108703c588cfabb80b2', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::ignored-lines::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE INDEX ix_fs_item_name ON fs_item (name);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('ignored-lines', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 8, '9:e7148b26bd663bb46cb6bcb735683489', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::not-h2::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE VIEW fs_view AS SELECT id FROM fs_item;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('not-h2', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 9, '9:47a07c3b0e53cb0b1dd511a80ca0326f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::label-and-context::dbops
SET SEARCH_PATH TO public, "$user","public";

COMMENT ON COLUMN fs_item.name IS 'the name';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('label-and-context', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 10, '9:bf7958c45de2f23a3f3d5200ac109298', 'sql', '', 'EXECUTED', '(test and !prod)', 'sql,extra', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/formatted.sql::empty-rollback::dbops
SET SEARCH_PATH TO public, "$user","public";

SELECT 1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('empty-rollback', 'dbops', 'changelogs/change-types/formatted.sql', NOW(), 11, '9:0a7ed49c904abc7110aa09324b49f106', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

