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
-- Change Log: changelogs/json/common.tests.changelog.json
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/common/included.failingprecondition.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.shouldnotexist (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/included.failingprecondition.changelog.xml', NOW(), 1, '9:2fe5c651d125eaf8a6f506406eaf2271', 'createTable tableName=shouldnotexist', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::datatypetest-1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."dataTypeTest" (id INTEGER NOT NULL, "dateCol" date, "timeCol" time WITHOUT TIME ZONE, "dateTimeCol" TIMESTAMP WITHOUT TIME ZONE, bigintcol BIGINT, CONSTRAINT "dataTypeTest_pkey" PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('datatypetest-1', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 2, '9:a20952d63918d95149e040bfd0ccac9b', 'createTable tableName=dataTypeTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::authortest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('authortest', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 3, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::tagTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('tagTest', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 4, '9:9a33e214712f45cc19cf95012969e309', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>', 'testTag');

-- Changeset changelogs/json/common.tests.changelog.json::datatypetest-2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."dataTypeTest" (id, "dateCol", "timeCol", "dateTimeCol", bigintcol) VALUES (1, '2007-08-09', '13:14:15', '<timestamp>', 2);

INSERT INTO public."dataTypeTest" (id, "dateCol", "timeCol", "dateTimeCol", bigintcol) VALUES (2, NOW(), NOW(), NOW(), 2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('datatypetest-2', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 5, '9:e917246d665590924dcb2f209409b2b9', 'insert tableName=dataTypeTest; insert tableName=dataTypeTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::defaultValueTest-1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."defaultValueTest" (id INTEGER, "intA" INTEGER, "textA" VARCHAR(5), "booleanA" BOOLEAN, "dateA" date, "timeA" time WITHOUT TIME ZONE, "datetimeA" TIMESTAMP WITHOUT TIME ZONE, "datetimeB" TIMESTAMP WITHOUT TIME ZONE, "computedDate" TIMESTAMP WITHOUT TIME ZONE);

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "intA" SET DEFAULT 1;

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "textA" SET DEFAULT 'a';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "booleanA" SET DEFAULT TRUE;

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "dateA" SET DEFAULT '2007-08-09';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "timeA" SET DEFAULT '14:15:16';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "datetimeA" SET DEFAULT '<timestamp>';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "datetimeB" SET DEFAULT '<timestamp>';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "computedDate" SET DEFAULT NOW();

INSERT INTO public."defaultValueTest" (id) VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('defaultValueTest-1', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 6, '9:c81e4009bd641a58230f7b25bf8a9a40', 'createTable tableName=defaultValueTest; addDefaultValue columnName=intA, tableName=defaultValueTest; addDefaultValue columnName=textA, tableName=defaultValueTest; addDefaultValue columnName=booleanA, tableName=defaultValueTest; addDefaultValue col...', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::defaultValueTest-2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."defaultValueTest2" (id INTEGER, "intA" INTEGER DEFAULT 1, "textA" VARCHAR(5) DEFAULT 'a', "booleanA" BOOLEAN DEFAULT TRUE, "dateA" date DEFAULT '2007-08-09', "timeA" time WITHOUT TIME ZONE DEFAULT '14:15:16', "datetimeA" TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>', "datetimeB" TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>');

INSERT INTO public."defaultValueTest2" (id) VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('defaultValueTest-2', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 7, '9:057a74091d28b51b4496816f0a261ca3', 'createTable tableName=defaultValueTest2; insert tableName=defaultValueTest2', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::compoundIndexTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."compoundIndexTest" (id INTEGER NOT NULL, firstname VARCHAR(10), lastname VARCHAR(10), CONSTRAINT "compoundIndexTest_pkey" PRIMARY KEY (id));

CREATE INDEX idx_compoundtest ON public."compoundIndexTest"(firstname, lastname);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('compoundIndexTest', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 8, '9:effc0186e64b5eba15f1edd3137faa9a', 'createTable tableName=compoundIndexTest; createIndex indexName=idx_compoundtest, tableName=compoundIndexTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::hasIndexPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('hasIndexPrecondition', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 9, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::commentTest::nvoxland
-- Creates a table and updates a value with actual SQL. Mainly for testing the comment tags
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.commenttest (id INTEGER);

insert into commenttest (id) values (1);

insert into commenttest (id) values (2);

insert into commenttest (id) values (3);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('commentTest', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 10, '9:22103032676b95bfba9f1f359b23230f', 'createTable tableName=commenttest; sql', 'Creates a table and updates a value with actual SQL. Mainly for testing the comment tags', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::continue-preconditions-dont-fire::nvoxland
SET SEARCH_PATH TO public, "$user","public";

More invalid SQL. should not run due to 'continue';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('continue-preconditions-dont-fire', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 11, '9:bb3a7e381b6bb77270234a3f92943f18', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::add-column-test1::alan
-- Testing bug reported on mailing list
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.ADD_COLUMN_TEST_TABLE (id INTEGER);

ALTER TABLE public.ADD_COLUMN_TEST_TABLE ADD A_NEW_COLUMN INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE public.ADD_COLUMN_TEST_TABLE ADD CONSTRAINT uq_addcoltest1 UNIQUE (A_NEW_COLUMN);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('add-column-test1', 'alan', 'changelogs/json/common.tests.changelog.json', NOW(), 12, '9:3083182388db62ffb9cfde132f353f64', 'createTable tableName=ADD_COLUMN_TEST_TABLE; addColumn tableName=ADD_COLUMN_TEST_TABLE', 'Testing bug reported on mailing list', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::contextstest-1::nvoxland
-- Test how contexts work
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."contextsTest" (id VARCHAR(255));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-1', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 13, '9:cd9ff34d647cb2019e4743810b909606', 'createTable tableName=contextsTest', 'Test how contexts work', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::contextstest-2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('context a');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-2', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 14, '9:73ab2a7e28bfafcbf53667fdba70311b', 'insert tableName=contextsTest', '', 'EXECUTED', 'context-a', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::contextstest-3::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('a and b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-3', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 15, '9:e801fb67a742c6bd6cd84dbaa1cc8de1', 'insert tableName=contextsTest', '', 'EXECUTED', '(context-a, context-b)', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::contextstest-4::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('context b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-4', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 16, '9:01157ab6b35277892058449254c6ba0c', 'insert tableName=contextsTest', '', 'EXECUTED', 'context-b', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::contextstest-5::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('empty contexts');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-5', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 17, '9:0dee9003ec4e09cc31c79c908b731bf5', 'insert tableName=contextsTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::contextstest-6::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('null contexts');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-6', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 18, '9:c558fdc4133f06c31355c3a6c201d18a', 'insert tableName=contextsTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::sampleCSVData-table::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.csvdata (name VARCHAR(50), username VARCHAR(50), security_level INTEGER, last_login TIMESTAMP WITHOUT TIME ZONE, locked BOOLEAN);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData-table', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 19, '9:249f38f32014b280d98af688e63b96b8', 'createTable tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::sampleCSVData::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username) VALUES ('Bob Johnson', 'bjohnson'),('John Doe', 'jdoe');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 20, '9:749f88778d86222e1bfde97f0ca1323a', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::sampleTSVData::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username) VALUES ('Bob Johnson', 'bjohnson'),('John Doe', 'jdoe');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleTSVData', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 21, '9:11485382756de950d28cec5943f18015', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::replaceSqlTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."replacedTest" (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('replaceSqlTest', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 22, '9:6c60ec795f335d428077d8fd9c404d3e', 'createTable tableName=replaceTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/includerelative/pathinclude1.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.relpathinclude1 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/json/includerelative/pathinclude1.changelog.xml', NOW(), 23, '9:99272c8b0cb3c784a607e2881ac4e079', 'createTable tableName=relpathinclude1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/includerelative/includeAll/pathinclude2.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.relpathinclude2 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/includerelative/includeAll/pathinclude2.changelog.xml', NOW(), 24, '9:c12ab3cda6468b014fe0e7e5cafba2d0', 'createTable tableName=relpathinclude2', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::comma'Ttest::n'voxland
-- We are testing that 's are being escaped correctly
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.commatest (id INTEGER NOT NULL, CONSTRAINT commatest_pkey PRIMARY KEY (id));

COMMENT ON TABLE public.commatest IS 'Some ''ing remarks go here';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comma''Ttest', 'n''voxland', 'changelogs/json/common.tests.changelog.json', NOW(), 25, '9:5b947e8d97dc899211febe8e8a813450', 'createTable tableName=commatest', 'We are testing that ''s are being escaped correctly', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/json/common.tests.changelog.json::sqlFileTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

create table sqlfilerollback (id int);

create table sqlfilerollback2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sqlFileTest', 'nvoxland', 'changelogs/json/common.tests.changelog.json', NOW(), 26, '9:968c8824b25903e6acd8b6cbb91a2f40', 'sqlFile path=rollbackinclude/createTables.sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset where/it/was.xml::movedFromTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."movedFromTest" (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('movedFromTest', 'nvoxland', 'where/it/was.xml', NOW(), 27, '9:2fd66fec7e4c01afeee5df80f2c578fb', 'createTable tableName=movedFromTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

