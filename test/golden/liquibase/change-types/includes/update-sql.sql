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
-- Change Log: changelogs/change-types/includes.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/includes.xml::root-table::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.inc_root_v1 (id INTEGER, origin VARCHAR(100));

COMMENT ON TABLE public.inc_root_v1 IS 'root-only in-test root';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('root-table', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 1, '9:d368967d5b53593faa8a7758bf41c131', 'createTable tableName=inc_root_v1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/raw/01-raw.sql::raw::includeAll
SET SEARCH_PATH TO public, "$user","public";

-- A plain .sql file (no formatted header) found by includeAll: one changeset, id raw, author includeAll;
-- it has no rollback, so the recorder rolls back only to the tag that follows it.
INSERT INTO inc_root_v1 (id, origin) VALUES (13, 'raw/01-raw.sql');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'changelogs/change-types/includes/raw/01-raw.sql', NOW(), 2, '9:e7f44232f2737bfc6e2dc8255921ebad', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::baseline::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('baseline', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 3, '9:c6f5ce38a6139d46f7cb911b4248ab80', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>', 'baseline');

-- Changeset changelogs/change-types/includes/plain.xml::plain::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (1, 'plain.xml saw inc.local=${inc.local}');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('plain', 'dbops', 'changelogs/change-types/includes/plain.xml', NOW(), 4, '9:3a489b32eb86269086a97f8487ace787', 'insert tableName=inc_root_v1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/sub/relative.yaml::relative::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (2, 'relative.yaml');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('relative', 'dbops', 'changelogs/change-types/includes/sub/relative.yaml', NOW(), 5, '9:454be0875e8aa1214ffa1e6a638a36a7', 'insert tableName=inc_root_v1', '', 'EXECUTED', 'test AND !prod', 'from-include,own-label', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/sub/relative.yaml::relative-no-context::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('relative-no-context', 'dbops', 'changelogs/change-types/includes/sub/relative.yaml', NOW(), 6, '9:549ed495a9faceedf4aa74c081523777', 'tagDatabase', '', 'EXECUTED', 'test', 'from-include', '4.28.0', '<deployment_id>', 'after-relative');

-- Changeset db/logical-name.xml::logical::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (3, 'logical.xml');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('logical', 'dbops', 'db/logical-name.xml', NOW(), 7, '9:ca4b4c33f8269023ff4683ba7c3f696c', 'insert tableName=inc_root_v1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset windows/style/path.xml::own-logical::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (4, 'own logicalFilePath');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('own-logical', 'dbops', 'windows/style/path.xml', NOW(), 8, '9:578c43182143cab7dde6fdecdde61416', 'insert tableName=inc_root_v1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset db/formatted-logical.sql::formatted-logical::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO inc_root_v1 (id, origin) VALUES (5, 'formatted-logical.sql');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('formatted-logical', 'dbops', 'db/formatted-logical.sql', NOW(), 9, '9:1f2d925a08f7a32a3bcabcb07275d6a1', 'sql', '', 'EXECUTED', '(test or ci) AND test', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/all/01-first.json::all-first-json::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (10, 'all/01-first.json');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('all-first-json', 'dbops', 'changelogs/change-types/includes/all/01-first.json', NOW(), 10, '9:f5614eb542eb23b8fad134e3725d3ffc', 'insert tableName=inc_root_v1', '', 'EXECUTED', 'test', 'all', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/all/01-first.yaml::all-first::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (11, 'all/01-first.yaml');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('all-first', 'dbops', 'changelogs/change-types/includes/all/01-first.yaml', NOW(), 11, '9:83271ceb0f2441c5082f93e643e5f227', 'insert tableName=inc_root_v1', '', 'EXECUTED', 'test', 'all', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/all/02-second.xml::all-second::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (12, 'all/02-second.xml');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('all-second', 'dbops', 'changelogs/change-types/includes/all/02-second.xml', NOW(), 12, '9:b44b5e2ac933e38c36e78bb6eb3d98de', 'insert tableName=inc_root_v1', '', 'EXECUTED', 'test', 'all,second', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/all/nested/01-nested.xml::nested::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.inc_root_v1 (id, origin) VALUES (14, 'all/nested/01-nested.xml');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nested', 'dbops', 'changelogs/change-types/includes/all/nested/01-nested.xml', NOW(), 13, '9:c78ebcfcbe26543c8945e21a85afe2c7', 'insert tableName=inc_root_v1', '', 'EXECUTED', 'test', 'all', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes/more/a-formatted.sql::more-formatted::dbops
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO inc_root_v1 (id, origin) VALUES (20, 'more/a-formatted.sql');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('more-formatted', 'dbops', 'changelogs/change-types/includes/more/a-formatted.sql', NOW(), 14, '9:5310e1e4706f31405c5d3acbe9a7e8f1', 'sql', '', 'EXECUTED', NULL, 'more', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::attributes::dbops
-- A comment with surrounding spaces, a 'quote' and
--             a second line.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE "public"."Inc_Quoted" ("Id" INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('attributes', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 15, '9:19f6b5448e007738f391611b026ca373', 'createTable tableName=Inc_Quoted', 'A comment with surrounding spaces, a ''quote'' and
            a second line.', 'EXECUTED', '(test and !prod)', 'a,b', '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::run-always::dbops
SET SEARCH_PATH TO public, "$user","public";

UPDATE inc_root_v1 SET origin = 'run-always' WHERE origin IS NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('run-always', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 16, '9:1b7f5109f775340a2c691dc4fa05cef1', 'sql', '', 'EXECUTED', '@test', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::fails-quietly::dbops
-- Fails, but failOnError=false: no row, and the run goes on.
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO no_such_table VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fails-quietly', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 17, '9:af21de3b9523f4929c1365c7a83496df', 'sql', 'Fails, but failOnError=false: no row, and the run goes on.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::valid-checksums::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.inc_twin (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('valid-checksums', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 18, '9:22a3c129841bb23d802b9b171d20e1ef', 'createTable tableName=inc_twin', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::drop-twin::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.inc_twin;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-twin', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 19, '9:e1828699609254e85222855f9e6c51df', 'dropTable tableName=inc_twin', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/includes.xml::long-description::dbops
-- The description is cut at 250 characters in DATABASECHANGELOG.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.inc_long_name_number_one_abcdefghijklmnopqrstuvwxyz (id INTEGER);

CREATE TABLE public.inc_long_name_number_two_abcdefghijklmnopqrstuvwxyz (id INTEGER);

CREATE TABLE public.inc_long_name_number_three_abcdefghijklmnopqrstuvwxyz (id INTEGER);

CREATE TABLE public.inc_long_name_number_four_abcdefghijklmnopqrstuvwxyz (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('long-description', 'dbops', 'changelogs/change-types/includes.xml', NOW(), 20, '9:c5fe602b5df1c590ea90479372e4a04c', 'createTable tableName=inc_long_name_number_one_abcdefghijklmnopqrstuvwxyz; createTable tableName=inc_long_name_number_two_abcdefghijklmnopqrstuvwxyz; createTable tableName=inc_long_name_number_three_abcdefghijklmnopqrstuvwxyz; createTable tableNam...', 'The description is cut at 250 characters in DATABASECHANGELOG.', 'EXECUTED', NULL, 'long', '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

