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
-- Change Log: changelogs/common/sqlstyle/formatted.changelog.sql
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

create table test1 (
  id int not null primary key,
  name varchar(255)
);

delete from test1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 1, '9:096f4c343438fc38b995ebf09ea3965d', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

insert into test1 (id, name) values (1, 'name 1');

insert into test1 (id, name) values (2, 'name 2');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'nvoxland', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 2, '9:2615b51798de1637a33d4a21c322a98f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1::ryan
SET SEARCH_PATH TO public, "$user","public";

create table hyphen_context (id integer);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'ryan', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 3, '9:73d471b286465d640052a56dc1b82e86', 'sql', '', 'EXECUTED', 'hyphen-context-using-sql', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::2::ryan
SET SEARCH_PATH TO public, "$user","public";

create table camel_context (id integer);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'ryan', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 4, '9:3bb61cbfa22be32ef5913c085cdf784c', 'sql', '', 'EXECUTED', 'camelCaseContextUsingSql', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1-bar::ryan
SET SEARCH_PATH TO public, "$user","public";

create table bar_id (id integer);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1-bar', 'ryan', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 5, '9:3cd068becb7ef2105c2e26541006635b', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1-foo::ryan
SET SEARCH_PATH TO public, "$user","public";

create table foo_id (id integer);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1-foo', 'ryan', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 6, '9:99312c4b75b53a2e6b74e965f962b129', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

