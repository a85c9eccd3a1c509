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
-- Change Log: changelogs/change-types/preconditions.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/preconditions.xml::objects::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pre_parent (id INTEGER NOT NULL, code VARCHAR(10), CONSTRAINT pk_pre_parent PRIMARY KEY (id), CONSTRAINT uq_pre_parent_code UNIQUE (code));

CREATE TABLE public.pre_child (id INTEGER, parent_id INTEGER, CONSTRAINT fk_pre_child_parent FOREIGN KEY (parent_id) REFERENCES public.pre_parent(id));

CREATE TABLE public.pre_empty (id INTEGER);

CREATE INDEX ix_pre_child_parent ON public.pre_child(parent_id);

CREATE SEQUENCE  IF NOT EXISTS public.pre_seq;

CREATE VIEW public.pre_view AS SELECT id FROM pre_parent;

INSERT INTO public.pre_parent (id, code) VALUES (1, 'a');

INSERT INTO public.pre_parent (id, code) VALUES (2, 'b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('objects', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 1, '9:c234ec7a0225adeed550e9fc53e3477a', 'createTable tableName=pre_parent; createTable tableName=pre_child; createTable tableName=pre_empty; createIndex indexName=ix_pre_child_parent, tableName=pre_child; createSequence sequenceName=pre_seq; createView viewName=pre_view; insert tableName...', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::all-pass::dbops
-- All preconditions hold, so the change runs.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pre_passed (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('all-pass', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 2, '9:62c9763c8d5e51c25e4e063930ca536b', 'createTable tableName=pre_passed', 'All preconditions hold, so the change runs.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::fail-mark-ran::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.pre_missing;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fail-mark-ran', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 3, '9:4d3d0d81d8edd77cb8375bb9b13bc470', 'dropTable tableName=pre_missing', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::fail-continue::dbops
-- Skipped and not recorded: it would be tried again next time.
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.pre_parent;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fail-continue', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 4, '9:af1da1d10a25858d90841dbbcd4f65e9', 'dropTable tableName=pre_parent', 'Skipped and not recorded: it would be tried again next time.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::fail-warn::dbops
-- The precondition fails with WARN, so the change runs anyway.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pre_warned (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fail-warn', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 5, '9:b0ed7eeeacdba4e89b1e21d08ecf7d16', 'createTable tableName=pre_warned', 'The precondition fails with WARN, so the change runs anyway.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::error-mark-ran::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.pre_parent;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('error-mark-ran', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 6, '9:af1da1d10a25858d90841dbbcd4f65e9', 'dropTable tableName=pre_parent', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::not-dbms-mark-ran::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.pre_parent;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('not-dbms-mark-ran', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 7, '9:af1da1d10a25858d90841dbbcd4f65e9', 'dropTable tableName=pre_parent', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::sql-output::dbops
-- onSqlOutput decides what update-sql does with the precondition.
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.pre_empty (id) VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sql-output', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 8, '9:1568e2b5955a18fe0051f3bf1a94abe1', 'insert tableName=pre_empty', 'onSqlOutput decides what update-sql does with the precondition.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/preconditions.xml::modify-sql-labels::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pre_modified (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('modify-sql-labels', 'dbops', 'changelogs/change-types/preconditions.xml', NOW(), 9, '9:ff7418331218817388c401b3ce03850d', 'createTable tableName=pre_modified', '', 'EXECUTED', NULL, 'mod', '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

