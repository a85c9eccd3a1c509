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
-- Change Log: changelogs/pgsql/complete/root.changelog.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/pgsql/complete/root.changelog.xml::1::nvoxland
-- You can add comments to changeSets.
--             They can even be multiple lines if you would like.
--             They aren't used to compute the changeSet MD5Sum, so you can update them whenever you want without causing problems.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.person (id INTEGER NOT NULL, firstname VARCHAR(50), lastname VARCHAR(50) NOT NULL, CONSTRAINT person_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 1, '9:8bb5fd2baebdfcf39a582c838743ab5e', 'createTable tableName=person', 'You can add comments to changeSets.
            They can even be multiple lines if you would like.
            They aren''t used to compute the changeSet MD5Sum, so you can update them whenever you want without causing problems.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::1.1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seq_person START WITH 150;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.1', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 2, '9:4a588642a369d0463c9d1a10dc9cfb0e', 'createSequence sequenceName=seq_person', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::1.2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER SEQUENCE public.seq_person INCREMENT BY 5 MINVALUE 100 MAXVALUE 1000;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.2', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 3, '9:62932cd0358a1724997fd81e4c473203', 'alterSequence sequenceName=seq_person', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::2::nvoxland
-- Add a username column so we can use "person" for authentication
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person ADD usernae VARCHAR(8);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 4, '9:1a1ad1b5768cceedd3992f30e6c6575f', 'addColumn tableName=person', 'Add a username column so we can use "person" for authentication', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::3::nvoxland
-- Fix misspelled "username" column
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person RENAME COLUMN usernae TO username;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('3', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 5, '9:a1fabadd0a2f891bbb02c0496332ad06', 'renameColumn newColumnName=username, oldColumnName=usernae, tableName=person', 'Fix misspelled "username" column', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::5::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.person (id, firstname, lastname, username) VALUES ('1', 'John', 'Doe', 'jdoe');

INSERT INTO public.person (id, firstname, lastname, username) VALUES ('2', 'Jane', 'Doe', 'janedoe');

INSERT INTO public.person (id, firstname, lastname, username) VALUES ('3', 'Bob', 'Johnson', 'bjohnson');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('5', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 6, '9:def275cfdd7f7f501367e152042994b5', 'insert tableName=person; insert tableName=person; insert tableName=person', '', 'EXECUTED', 'test', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::6::nvoxland
-- Don't keep username in the person table
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person DROP COLUMN username;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('6', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 7, '9:1dd448fd73051b1718b98dc4b60738f7', 'dropColumn columnName=username, tableName=person', 'Don''t keep username in the person table', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::7::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.employee (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, CONSTRAINT employee_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('7', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 8, '9:fbe68c64508df19068ebbea1dd68eadd', 'createTable tableName=employee', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::7::bjohnson
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.employee (id, name) VALUES ('1', 'ACME Corp');

INSERT INTO public.employee (id, name) VALUES ('2', 'Widgets Inc.');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('7', 'bjohnson', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 9, '9:0b71012632a35cc370a196b1ef998fa9', 'insert tableName=employee; insert tableName=employee', '', 'EXECUTED', 'test', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::7a::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.employee ADD company_id INTEGER;

ALTER TABLE public.employee ADD CONSTRAINT fk_employee_company FOREIGN KEY (company_id) REFERENCES public.employee (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('7a', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 10, '9:5e652942acf25a46fd28f0de798606fd', 'addColumn tableName=employee', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::8::bjohnson
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.employee ALTER COLUMN  name DROP NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('8', 'bjohnson', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 11, '9:b6704e9c67f7bdec22bd8ac5b76de9f6', 'dropNotNullConstraint columnName=name, tableName=employee', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::8.1::bjohnson
-- I guess name needs to be not-null
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.employee SET name = 'UNKNOWN' WHERE name IS NULL;

ALTER TABLE public.employee ALTER COLUMN  name SET NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('8.1', 'bjohnson', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 12, '9:d75460cf517b9a4fd73018c4aa8bf4a2', 'addNotNullConstraint columnName=name, tableName=employee', 'I guess name needs to be not-null', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::9::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.employee RENAME TO company;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('9', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 13, '9:6f908a7d2e668f5c1bac241e0a09b700', 'renameTable newTableName=company, oldTableName=employee', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::10::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.testtable (id INTEGER NOT NULL, value VARCHAR(50) NOT NULL, person_id INTEGER NOT NULL, CONSTRAINT testtable_pkey PRIMARY KEY (id), CONSTRAINT fk_test_person FOREIGN KEY (person_id) REFERENCES public.person(id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('10', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 14, '9:21654335db08eda2675fcccc8be93467', 'createTable tableName=testtable', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::11::nvoxland
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.testtable;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('11', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 15, '9:66dccfaa8f623963aecc67a4983e2b01', 'dropTable tableName=testtable', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::12::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE INDEX idx_company_name ON public.company(name);

CREATE INDEX idx_person_lastname ON public.person(lastname);

CREATE INDEX idx_person_firstname_lastname ON public.person(lastname DESC, firstname);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('12', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 16, '9:4a20c230b56eaa8173f130c5a26e4bea', 'createIndex indexName=idx_company_name, tableName=company; createIndex indexName=idx_person_lastname, tableName=person; createIndex indexName=idx_person_firstname_lastname, tableName=person', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::13::nvoxland
SET SEARCH_PATH TO public, "$user","public";

DROP INDEX public.idx_person_lastname;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('13', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 17, '9:00cd835410016104ac75603133f1deb3', 'dropIndex indexName=idx_person_lastname, tableName=person', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::14::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."liquibaseRunInfo" ("timesRan" INTEGER);

INSERT INTO public."liquibaseRunInfo" ("timesRan") VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('14', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 18, '9:ccb4cdc26350d64494906aaeb279e49d', 'createTable tableName=liquibaseRunInfo; insert tableName=liquibaseRunInfo', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::15::nvoxland
SET SEARCH_PATH TO public, "$user","public";

UPDATE public."liquibaseRunInfo" SET "timesRan" = "timesRan"+1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('15', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 19, '9:810409481dd84eae1803711d1b6ab686', 'update tableName=liquibaseRunInfo', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::16::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seq_test START WITH 1000 INCREMENT BY 2 MINVALUE 50 MAXVALUE 100000;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('16', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 20, '9:843caf712418f4d1ee3f41ee200d2daa', 'createSequence sequenceName=seq_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::17::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER SEQUENCE public.seq_test INCREMENT BY 2 MINVALUE 50 MAXVALUE 100000;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('17', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 21, '9:ab38662f3e9ee8f16e9eafd4a518c98d', 'alterSequence sequenceName=seq_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::18::nvoxland
SET SEARCH_PATH TO public, "$user","public";

DROP SEQUENCE public.seq_test CASCADE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('18', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 22, '9:dc36287552ee8e66f9eabe3616885273', 'dropSequence sequenceName=seq_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::19::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE VIEW public."personView" AS select * from person;

CREATE OR REPLACE VIEW public."personView" AS select * from person;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('19', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 23, '9:3ca6b5634643898f542a7be6a8bad7b1', 'createView viewName=personView; createView viewName=personView', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::20::nvoxland
SET SEARCH_PATH TO public, "$user","public";

DROP VIEW public."personView";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('20', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 24, '9:54e13c316f687583e2e7eb30ac7d27d6', 'dropView viewName=personView', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::21::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person ADD fullname VARCHAR(100);

UPDATE public.person SET fullname = firstname || ' ' || lastname;

ALTER TABLE public.person DROP COLUMN firstname;

ALTER TABLE public.person DROP COLUMN lastname;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('21', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 25, '9:ac025c0662c0d5adba2032cba8c3222c', 'mergeColumns column1Name=firstname, column2Name=lastname, finalColumnName=fullname, tableName=person', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::22::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE VIEW public."personView" AS select id, fullname from person;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('22', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 26, '9:63da7e00d0d439adaf76e268e033d534', 'createView viewName=personView', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::23::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public."personView" RENAME TO v_person;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('23', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 27, '9:3af05fde3ff1350ddd3f929950acad78', 'renameView newViewName=v_person, oldViewName=personView', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::24::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person ADD employer_id INTEGER;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('24', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 28, '9:964bb8b318114d6000555a4c73c7a587', 'addColumn tableName=person', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::25::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person ADD CONSTRAINT fk_person_employer FOREIGN KEY (employer_id) REFERENCES public.company (id) ON DELETE CASCADE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('25', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 29, '9:1e94215d8f968887b1bfa11569603059', 'addForeignKeyConstraint baseTableName=person, constraintName=fk_person_employer, referencedTableName=company', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::26::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.person DROP CONSTRAINT fk_person_employer;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('26', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 30, '9:6703926fce244666d84222353ee4b3bf', 'dropForeignKeyConstraint baseTableName=person, constraintName=fk_person_employer', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::27::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.address (id INTEGER, line1 VARCHAR(255), line2 VARCHAR(255), city VARCHAR(255), state CHAR(2), postalcode VARCHAR(15));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('27', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 31, '9:5f0d33e510b299079d4e75152b3261a2', 'createTable tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::27.1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address ADD CONSTRAINT pk_address PRIMARY KEY (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('27.1', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 32, '9:0938f23d486aa7984f129472c963bc44', 'addPrimaryKey constraintName=pk_address, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::28::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.address (id, line1, line2, city, state, postalcode) VALUES ('1', '123 4th St', 'Suite 432', 'New York', 'NY', '01235');

INSERT INTO public.address (id, line1, city, state, postalcode) VALUES ('2', '6123 64th St', 'New York', 'NY', '01235');

INSERT INTO public.address (id, line1, city, state, postalcode) VALUES ('3', 'One Liquibase Way', 'Fargo', 'ND', '58103');

INSERT INTO public.address (id, line1, city, postalcode) VALUES ('4', '123 Main Ave', 'City With No State', '00000');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('28', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 33, '9:a68c7f554d3d006ddd83cc2d27a94296', 'insert tableName=address; insert tableName=address; insert tableName=address; insert tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::29::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.state AS SELECT DISTINCT state AS id FROM public.address WHERE state IS NOT NULL;

ALTER TABLE public.state ALTER COLUMN  id SET NOT NULL;

ALTER TABLE public.state ADD PRIMARY KEY (id);

ALTER TABLE public.address ADD CONSTRAINT FK_ADDRESS_STATE FOREIGN KEY (state) REFERENCES public.state (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('29', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 34, '9:41b11dec1934cee064541afdadf6ca77', 'addLookupTable existingColumnName=state, existingTableName=address, newColumnName=id, newTableName=state', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::30::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address ALTER COLUMN  line2 SET DEFAULT 'N/A';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('30', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 35, '9:921ab652e81538f5c5d06ac4681d9372', 'addDefaultValue columnName=line2, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::31::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address ALTER COLUMN line2 DROP DEFAULT;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('31', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 36, '9:0809cd0033ade3516cbe99c9d41a68a2', 'dropDefaultValue columnName=line2, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::32::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address DROP CONSTRAINT pk_address;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('32', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 37, '9:ad12e5c44257b3ae41d916a0b05fb528', 'dropPrimaryKey constraintName=pk_address, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::33::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address ADD CONSTRAINT pk_address PRIMARY KEY (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('33', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 38, '9:0938f23d486aa7984f129472c963bc44', 'addPrimaryKey constraintName=pk_address, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::34::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address ADD CONSTRAINT uq_address_line1line2 UNIQUE (line1, line2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('34', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 39, '9:4b2cb53920fe40ed14a44f6eec494721', 'addUniqueConstraint constraintName=uq_address_line1line2, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::35::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address DROP CONSTRAINT uq_address_line1line2;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('35', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 40, '9:d7cc6e72a187a42b62834d72508d6295', 'dropUniqueConstraint constraintName=uq_address_line1line2, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::50::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.address ALTER COLUMN postalcode TYPE VARCHAR(20) USING (postalcode::VARCHAR(20));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('50', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 41, '9:89dc888c231ed8a3fb63e582990d97ae', 'modifyDataType columnName=postalcode, tableName=address', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/included.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.news (id INTEGER NOT NULL, title VARCHAR(50), CONSTRAINT news_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/pgsql/complete/included.changelog.xml', NOW(), 42, '9:d5d9579d482051ca8f99e654af955c3c', 'createTable tableName=news', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/included.changelog.xml::12::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seq_news;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('12', 'nvoxland', 'changelogs/pgsql/complete/included.changelog.xml', NOW(), 43, '9:d77b97dfe17dcf39bed5a52420b83753', 'createSequence sequenceName=seq_news', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/included.changelog.xml::2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.news (id, title) VALUES ('1', 'Liquibase 0.8 Released');

INSERT INTO public.news (id, title) VALUES ('2', 'Liquibase 0.9 Released');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'nvoxland', 'changelogs/pgsql/complete/included.changelog.xml', NOW(), 44, '9:b18886593b78ea2ad75cc6c244577c1c', 'insert tableName=news; insert tableName=news', '', 'EXECUTED', 'test', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/included.changelog.xml::4::molivsdat
SET SEARCH_PATH TO public, "$user","public";

DROP TYPE IF EXISTS sample_enum CASCADE;

create type sample_enum as enum ('EnumValOne', 'EnumValTwo');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('4', 'molivsdat', 'changelogs/pgsql/complete/included.changelog.xml', NOW(), 45, '9:b6518bcb45a5d36fa141e2b2b09bb3da', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/included.changelog.xml::5::sudiptosarkar
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.sample_enum_table (int_col INTEGER, str_col VARCHAR(50), enum_col SAMPLE_ENUM);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('5', 'sudiptosarkar', 'changelogs/pgsql/complete/included.changelog.xml', NOW(), 46, '9:5077938e800fb811670d371c77f320cb', 'createTable tableName=sample_enum_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/included.changelog.xml::6::molivasdat
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.sample_enum_table (int_col, str_col, enum_col) VALUES (1084, 'This is a String Value', 'EnumValOne'),(1984, 'This is another String Value', 'EnumValTwo'),(2084, 'This is yet another String Value', NULL);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('6', 'molivasdat', 'changelogs/pgsql/complete/included.changelog.xml', NOW(), 47, '9:c9971971833ac64cc549f49b78e70152', 'loadData tableName=sample_enum_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/oldname.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.book (id INTEGER NOT NULL, title VARCHAR(50), CONSTRAINT book_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/pgsql/complete/oldname.changelog.xml', NOW(), 48, '9:eef2ce3836373bb8c76b67d0d6348b75', 'createTable tableName=book', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/included.failingprecondition.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.shouldnotexist (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/included.failingprecondition.changelog.xml', NOW(), 49, '9:2fe5c651d125eaf8a6f506406eaf2271', 'createTable tableName=shouldnotexist', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::datatypetest-1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."dataTypeTest" (id INTEGER NOT NULL, "dateCol" date, "timeCol" time WITHOUT TIME ZONE, "dateTimeCol" TIMESTAMP WITHOUT TIME ZONE, bigintcol BIGINT, CONSTRAINT "dataTypeTest_pkey" PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('datatypetest-1', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 50, '9:a20952d63918d95149e040bfd0ccac9b', 'createTable tableName=dataTypeTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::authortest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('authortest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 51, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::tagTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('tagTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 52, '9:9a33e214712f45cc19cf95012969e309', 'tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>', 'testTag');

-- Changeset changelogs/common/common.tests.changelog.xml::datatypetest-2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."dataTypeTest" (id, "dateCol", "timeCol", "dateTimeCol", bigintcol) VALUES (1, '2007-08-09', '13:14:15', '<timestamp>', 2);

INSERT INTO public."dataTypeTest" (id, "dateCol", "timeCol", "dateTimeCol", bigintcol) VALUES (2, NOW(), NOW(), NOW(), 2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('datatypetest-2', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 53, '9:86e92ea2d7d981b1b90028acbb559377', 'insert tableName=dataTypeTest; insert tableName=dataTypeTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::defaultValueTest-1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."defaultValueTest" (id INTEGER, "intA" INTEGER, "textA" VARCHAR(5), "booleanA" BOOLEAN, "dateA" date, "timeA" time WITHOUT TIME ZONE, "datetimeA" TIMESTAMP WITHOUT TIME ZONE, "datetimeB" TIMESTAMP WITHOUT TIME ZONE, "timestampA" TIMESTAMP WITHOUT TIME ZONE, "timestampB" TIMESTAMP WITHOUT TIME ZONE, "computedDate" TIMESTAMP WITHOUT TIME ZONE);

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "intA" SET DEFAULT 1;

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "textA" SET DEFAULT 'a';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "booleanA" SET DEFAULT TRUE;

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "dateA" SET DEFAULT '2007-08-09';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "timeA" SET DEFAULT '14:15:16';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "datetimeA" SET DEFAULT '<timestamp>';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "datetimeB" SET DEFAULT '<timestamp>';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "timestampA" SET DEFAULT '<timestamp>';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "timestampB" SET DEFAULT '<timestamp>';

ALTER TABLE public."defaultValueTest" ALTER COLUMN  "computedDate" SET DEFAULT NOW();

INSERT INTO public."defaultValueTest" (id) VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('defaultValueTest-1', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 54, '9:8b71c1aba59bb4f6f90233190f7301c2', 'createTable tableName=defaultValueTest; addDefaultValue columnName=intA, tableName=defaultValueTest; addDefaultValue columnName=textA, tableName=defaultValueTest; addDefaultValue columnName=booleanA, tableName=defaultValueTest; addDefaultValue col...', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::defaultValueTest-2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."defaultValueTest2" (id INTEGER, "intA" INTEGER DEFAULT 1, "textA" VARCHAR(5) DEFAULT 'a', "booleanA" BOOLEAN DEFAULT TRUE, "dateA" date DEFAULT '2007-08-09', "timeA" time WITHOUT TIME ZONE DEFAULT '14:15:16', "datetimeA" TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>', "datetimeB" TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>', "timestampA" TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>', "timestampB" TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>');

INSERT INTO public."defaultValueTest2" (id) VALUES (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('defaultValueTest-2', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 55, '9:5dee5357fd90dd6c72c15fc07b6765e1', 'createTable tableName=defaultValueTest2; insert tableName=defaultValueTest2', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::compoundPrimaryKeyTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."compoundPKTest" (id1 INTEGER NOT NULL, id2 INTEGER NOT NULL, name VARCHAR(255), CONSTRAINT "compoundPKTest_pkey" PRIMARY KEY (id1, id2));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('compoundPrimaryKeyTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 56, '9:3083ffb3907aceadb81837e273253894', 'createTable tableName=compoundPKTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::nullable-1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

UPDATE public."compoundPKTest" SET name = 'testValue' WHERE name IS NULL;

ALTER TABLE public."compoundPKTest" ALTER COLUMN  name SET NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nullable-1', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 57, '9:e253c4474e0c30c2ef6da43264de4010', 'addNotNullConstraint columnName=name, tableName=compoundPKTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::nullable-2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public."compoundPKTest" ALTER COLUMN  name DROP NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nullable-2', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 58, '9:178f1a7239c550a9bf119d402c2d113d', 'dropNotNullConstraint columnName=name, tableName=compoundPKTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::compoundIndexTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."compoundIndexTest" (id INTEGER NOT NULL, firstname VARCHAR(10), lastname VARCHAR(10), CONSTRAINT "compoundIndexTest_pkey" PRIMARY KEY (id));

CREATE INDEX idx_compoundtest ON public."compoundIndexTest"(firstname, lastname);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('compoundIndexTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 59, '9:effc0186e64b5eba15f1edd3137faa9a', 'createTable tableName=compoundIndexTest; createIndex indexName=idx_compoundtest, tableName=compoundIndexTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::indexWithAscDescColumns::abuschka
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."indexWithAscDescColumns" (id INTEGER NOT NULL, "column1ForAsc" VARCHAR(10), "column1ForDesc" VARCHAR(10), "column2ForAsc" INTEGER, "column2ForDesc" INTEGER, CONSTRAINT "indexWithAscDescColumns_pkey" PRIMARY KEY (id));

CREATE INDEX "idx_indexWithAscDescColumns" ON public."indexWithAscDescColumns"("column1ForAsc", "column1ForDesc" DESC, "column2ForAsc", "column2ForDesc" DESC);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('indexWithAscDescColumns', 'abuschka', 'changelogs/common/common.tests.changelog.xml', NOW(), 60, '9:c6c0cf5a3b7e3009de2d91e0e2fae8ef', 'createTable tableName=indexWithAscDescColumns; createIndex indexName=idx_indexWithAscDescColumns, tableName=indexWithAscDescColumns', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::hasIndexPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('hasIndexPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 61, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::commentTest::nvoxland
-- Creates a table and updates a value with actual SQL. Mainly for testing the comment tags
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.commenttest (id INTEGER);

insert into commenttest (id) values (1);

insert into commenttest (id) values (2);

insert into commenttest (id) values (3);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('commentTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 62, '9:22103032676b95bfba9f1f359b23230f', 'createTable tableName=commenttest; sql', 'Creates a table and updates a value with actual SQL. Mainly for testing the comment tags', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::continue-preconditions-dont-fire::nvoxland
SET SEARCH_PATH TO public, "$user","public";

More invalid SQL. should not run due to "continue";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('continue-preconditions-dont-fire', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 63, '9:92379a4e16be917f9288c2f6ca8f445a', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::add-column-test1::alan
-- Testing bug reported on mailing list
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.ADD_COLUMN_TEST_TABLE (id INTEGER);

ALTER TABLE public.ADD_COLUMN_TEST_TABLE ADD A_NEW_COLUMN INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE public.ADD_COLUMN_TEST_TABLE ADD CONSTRAINT uq_addcoltest1 UNIQUE (A_NEW_COLUMN);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('add-column-test1', 'alan', 'changelogs/common/common.tests.changelog.xml', NOW(), 64, '9:3083182388db62ffb9cfde132f353f64', 'createTable tableName=ADD_COLUMN_TEST_TABLE; addColumn tableName=ADD_COLUMN_TEST_TABLE', 'Testing bug reported on mailing list', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::column-exists-test::januson
-- Testing column exists precondition regression
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.COLUMN_EXISTS_TEST_TABLE (id INTEGER);

ALTER TABLE public.COLUMN_EXISTS_TEST_TABLE ADD A_NEW_COLUMN INTEGER DEFAULT 1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('column-exists-test', 'januson', 'changelogs/common/common.tests.changelog.xml', NOW(), 65, '9:0cd113e50610d4712465adcaac11811d', 'createTable tableName=COLUMN_EXISTS_TEST_TABLE; addColumn tableName=COLUMN_EXISTS_TEST_TABLE', 'Testing column exists precondition regression', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::contextstest-1::nvoxland
-- Test how contexts work
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."contextsTest" (id VARCHAR(255));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-1', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 66, '9:cd9ff34d647cb2019e4743810b909606', 'createTable tableName=contextsTest', 'Test how contexts work', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::contextstest-3::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('a and b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-3', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 67, '9:e801fb67a742c6bd6cd84dbaa1cc8de1', 'insert tableName=contextsTest', '', 'EXECUTED', '(context-a, context-b)', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::contextstest-4::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('context b');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-4', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 68, '9:01157ab6b35277892058449254c6ba0c', 'insert tableName=contextsTest', '', 'EXECUTED', 'context-b', NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::contextstest-5::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('empty contexts');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-5', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 69, '9:0dee9003ec4e09cc31c79c908b731bf5', 'insert tableName=contextsTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::contextstest-6::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public."contextsTest" (id) VALUES ('null contexts');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('contextstest-6', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 70, '9:c558fdc4133f06c31355c3a6c201d18a', 'insert tableName=contextsTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::datatype-conversion-teset::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."datatypeConversionTest" ("booleanColumn" BOOLEAN, "currencyColumn" DECIMAL, "uuidColumn" UUID, "blobColumn" OID, "clobColumn" TEXT, "dateColumn" date, "timeColumn" time WITHOUT TIME ZONE, "datetimeColumn" TIMESTAMP WITHOUT TIME ZONE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('datatype-conversion-teset', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 71, '9:6a6e63012146716fa77fabfb51711a1c', 'createTable tableName=datatypeConversionTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::standardTypes-test::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."standardTypesTest" ("timestampColumn" TIMESTAMP WITHOUT TIME ZONE, "varcharColumn" VARCHAR(255), "blobColumn" OID, "booleanColumn" BOOLEAN);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('standardTypes-test', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 72, '9:98b7139eb3149fdb23c1b97e676ab143', 'createTable tableName=standardTypesTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::createTableNamedUqConst::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."createTableNamedUqConst" (id INTEGER NOT NULL, CONSTRAINT uq_uqtest1 UNIQUE (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableNamedUqConst', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 73, '9:3d92dedd6aec328fad24091e6aa596b7', 'createTable tableName=createTableNamedUqConst', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::createTableUnNamedUqConst::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."createTableUnNamedUqConst" (id INTEGER NOT NULL, UNIQUE (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableUnNamedUqConst', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 74, '9:811f31057cad206953ccf8b1a25e952d', 'createTable tableName=createTableUnNamedUqConst', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::commonTypes-test::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."commonTypesTest" ("intColumn" INTEGER, "floatColumn" FLOAT);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('commonTypes-test', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 75, '9:6573272ef1e1f7df0660a112430f4b24', 'createTable tableName=commonTypesTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::makeNotnulltest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public."commonTypesTest" ALTER COLUMN  "intColumn" SET NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('makeNotnulltest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 76, '9:f78031106f3d9a2d2f3249245a393b71', 'addNotNullConstraint columnName=intColumn, tableName=commonTypesTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::makenulltest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public."commonTypesTest" ALTER COLUMN  "intColumn" DROP NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('makenulltest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 77, '9:78f8e6fba84134b5520bd5ab71de1170', 'dropNotNullConstraint columnName=intColumn, tableName=commonTypesTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::addColumnWithInitialValue-test::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."tableWithInitialValue" (id INTEGER);

INSERT INTO public."tableWithInitialValue" (id) VALUES (1);

INSERT INTO public."tableWithInitialValue" (id) VALUES (2);

INSERT INTO public."tableWithInitialValue" (id) VALUES (3);

ALTER TABLE public."tableWithInitialValue" ADD "varcharColumn" VARCHAR(25);

ALTER TABLE public."tableWithInitialValue" ADD "intColumn" INTEGER;

ALTER TABLE public."tableWithInitialValue" ADD "dateCol" date;

UPDATE public."tableWithInitialValue" SET "varcharColumn" = 'INITIAL_VALUE';

UPDATE public."tableWithInitialValue" SET "intColumn" = 2;

UPDATE public."tableWithInitialValue" SET "dateCol" = '2008-03-04';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('addColumnWithInitialValue-test', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 78, '9:67f08faab55e839486c32f03d03ec302', 'createTable tableName=tableWithInitialValue; insert tableName=tableWithInitialValue; insert tableName=tableWithInitialValue; insert tableName=tableWithInitialValue; addColumn tableName=tableWithInitialValue', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::updateTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."updateTest" (id INTEGER, "varcharColumn" VARCHAR(255), "dateCol" date, "intCol" INTEGER, "commonCol" VARCHAR(255));

INSERT INTO public."updateTest" (id, "varcharColumn", "dateCol", "intCol") VALUES (1, 'column 1 value', '2007-01-01', 1);

INSERT INTO public."updateTest" (id, "varcharColumn", "dateCol", "intCol") VALUES (2, 'column 2 value', '2007-01-02', 2);

INSERT INTO public."updateTest" (id, "varcharColumn", "dateCol", "intCol") VALUES (3, 'column 3 value', '2007-01-03', 3);

UPDATE public."updateTest" SET "commonCol" = 'Value for everyone';

UPDATE public."updateTest" SET "dateCol" = '2008-01-01', "intCol" = 11, "varcharColumn" = 'new column 1 value' WHERE id=134;

UPDATE public."updateTest" SET "dateCol" = '2008-01-02', "intCol" = 12, "varcharColumn" = 'new column 2 value' WHERE id=2;

UPDATE public."updateTest" SET "dateCol" = NOW() WHERE id=2;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('updateTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 79, '9:5ef65017524f99cc88371439c8bad43c', 'createTable tableName=updateTest; insert tableName=updateTest; insert tableName=updateTest; insert tableName=updateTest; update tableName=updateTest; update tableName=updateTest; update tableName=updateTest; update tableName=updateTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::deleteTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."deleteTest" (id INTEGER, "varcharColumn" VARCHAR(255), "dateCol" date, "intCol" INTEGER, "commonCol" VARCHAR(255));

INSERT INTO public."deleteTest" (id, "varcharColumn", "dateCol", "intCol") VALUES (1, 'column 1 value', '2007-01-01', 1);

INSERT INTO public."deleteTest" (id, "varcharColumn", "dateCol", "intCol") VALUES (2, 'column 2 value', '2007-01-02', 2);

INSERT INTO public."deleteTest" (id, "varcharColumn", "dateCol", "intCol") VALUES (3, 'column 3 value', '2007-01-03', 3);

DELETE FROM public."deleteTest" WHERE id=1;

DELETE FROM public."deleteTest";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('deleteTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 80, '9:38d672822df15fc96744949bdc739bc7', 'createTable tableName=deleteTest; insert tableName=deleteTest; insert tableName=deleteTest; insert tableName=deleteTest; delete tableName=deleteTest; delete tableName=deleteTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::failOnErrorTest::rs
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public."DoesNotExist";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('failOnErrorTest', 'rs', 'changelogs/common/common.tests.changelog.xml', NOW(), 81, '9:d6d0e8fd7e41acb9be1866a43f0394ff', 'dropTable tableName=DoesNotExist', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::createTableNamedPK::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.createtablenamedpk (id INTEGER NOT NULL, CONSTRAINT pk_pktest1 PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableNamedPK', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 82, '9:806121107894c19000aca0b276025943', 'createTable tableName=createtablenamedpk', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::tableWithRemarks::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."tableWithRemarks" (id INTEGER);

COMMENT ON TABLE public."tableWithRemarks" IS 'some test remarks';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('tableWithRemarks', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 83, '9:0e054fb2bd516ca84df61ce674cfe55c', 'createTable tableName=tableWithRemarks', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sampleCSVData-table::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.csvdata (name VARCHAR(50), username VARCHAR(50), security_level INTEGER, last_login TIMESTAMP WITHOUT TIME ZONE, locked BOOLEAN);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData-table', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 84, '9:249f38f32014b280d98af688e63b96b8', 'createTable tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sampleCSVData1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username) VALUES ('Bob Johnson', 'bjohnson'),('John Doe', 'jdoe');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData1', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 85, '9:749f88778d86222e1bfde97f0ca1323a', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::tableIsEmptyShouldFail::flautert
SET SEARCH_PATH TO public, "$user","public";

DROP TABLE public.csvdata;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('tableIsEmptyShouldFail', 'flautert', 'changelogs/common/common.tests.changelog.xml', NOW(), 86, '9:1ee9fc2b7ddae306d6ec814d382c5dcc', 'dropTable tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sampleTSVData::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username) VALUES ('Bob Johnson', 'bjohnson'),('John Doe', 'jdoe');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleTSVData', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 87, '9:11485382756de950d28cec5943f18015', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sampleCSVData2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username, security_level, last_login, locked) VALUES ('Fred', 'fred', 2, '<timestamp>', TRUE),('Willy', 'willy', 15, '<timestamp>', FALSE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData2', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 88, '9:7216359dd4e673219c081e1a549fe223', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sampleCSVData3::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username, security_level, last_login, locked) VALUES ('Fred', 'fred', 2, '<timestamp>', TRUE),('Willy', 'willy', 15, '<timestamp>', FALSE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData3', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 89, '9:4f4726e9c7600ca49cd25cae3406f5f5', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sampleCSVData4::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.csvdata (name, username) VALUES ('Bob Johnson', 'bjohnson'),('John Doe', 'jdoe');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sampleCSVData4', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 90, '9:749f88778d86222e1bfde97f0ca1323a', 'loadData tableName=csvdata', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::createTableNamedPKRef::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.createtablenamedpkref (id INTEGER NOT NULL, referee INTEGER, CONSTRAINT createtablenamedpkref_pkey PRIMARY KEY (id), CONSTRAINT fk_reftest FOREIGN KEY (referee) REFERENCES public.createtablenamedpk(id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableNamedPKRef', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 91, '9:9e940a38c51e2dce4c28ceba6972cdec', 'createTable tableName=createtablenamedpkref', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::changeLogParameters::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.paramter_table (id INTEGER, "columnA" VARCHAR(10), "columnB" INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('changeLogParameters', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 92, '9:fe49032d3a54ab5cc120e73aaca5dc00', 'createTable tableName=paramter_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::changeLogParametersPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('changeLogParametersPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 93, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::failContinuePrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.fail_continue_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('failContinuePrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 94, '9:31331cff94ea662535c0685c1864135e', 'createTable tableName=fail_continue_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::failWarnPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.fail_warn_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('failWarnPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 95, '9:332b5451ac84b9bc26117dbb7e7928ca', 'createTable tableName=fail_warn_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::failMarkRanPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.fail_markran_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('failMarkRanPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 96, '9:8ff594ece9181984e5434bf6c62d1955', 'createTable tableName=fail_markran_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::errorContinuePrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.error_continue_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('errorContinuePrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 97, '9:a6ff5f0678ea3242436b07ab7fc6e655', 'createTable tableName=error_continue_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::errorWarnPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.error_warn_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('errorWarnPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 98, '9:77145014c896d618f4c405bb920c2f42', 'createTable tableName=error_warn_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::errorMarkRanPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.error_markran_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('errorMarkRanPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 99, '9:d216b7b020c8669971707df05eeea3e7', 'createTable tableName=error_markran_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::changeSetRanPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.changesetprecondition_ran (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('changeSetRanPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 100, '9:7481a9cd28a158b8c032c5e235bf50f0', 'createTable tableName=changesetprecondition_ran', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::tableExistsPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('tableExistsPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 101, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::columnExistsPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('columnExistsPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 102, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::fkExistsPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fkExistsPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 103, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::indexPrecondition::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('indexPrecondition', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 104, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::replaceSqlTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."replacedTest" (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('replaceSqlTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 105, '9:6c60ec795f335d428077d8fd9c404d3e', 'createTable tableName=replaceTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/pathincluded/pathinclude1.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pathinclude1 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/pathincluded/pathinclude1.changelog.xml', NOW(), 106, '9:cec4541c9f6b17bd84c878378c33bde1', 'createTable tableName=pathinclude1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/pathincluded/pathinclude2.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pathinclude2 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/pathincluded/pathinclude2.changelog.xml', NOW(), 107, '9:4b4c582c906dc19f3c10c7323266fd7f', 'createTable tableName=pathinclude2', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/pathincluded/pathinclude2a.sql::raw::includeAll
SET SEARCH_PATH TO public, "$user","public";

create table pathinclude2a (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'changelogs/common/pathincluded/pathinclude2a.sql', NOW(), 108, '9:5be51fa98ff4e6868d48903276048a2d', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/pathincluded/pathinclude3.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pathinclude3 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/pathincluded/pathinclude3.changelog.xml', NOW(), 109, '9:a6640368798362c0d4717fdc76f65713', 'createTable tableName=pathinclude3', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/pathincluded/pathinclude4.sql::raw::includeAll
SET SEARCH_PATH TO public, "$user","public";

create table pathinclude4 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('raw', 'includeAll', 'changelogs/common/pathincluded/pathinclude4.sql', NOW(), 110, '9:6e6887d17a49fe4cb61c82d23bd847c7', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/depthboundincludeall/changelog.xml::root_include::jlyle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('root_include', 'jlyle', 'changelogs/common/depthboundincludeall/changelog.xml', NOW(), 111, '9:78c86cf7557fe1190b280d2fcf0024ce', 'output', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/depthboundincludeall/a/b/c/d/e/e.xml::valid_e::jlyle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('valid_e', 'jlyle', 'changelogs/common/depthboundincludeall/a/b/c/d/e/e.xml', NOW(), 112, '9:e7baa9ed866544cf1326f371f62af8e6', 'output', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/depthboundincludeall/a/b/c/d/e/f/f.xml::valid_f::jlyle
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('valid_f', 'jlyle', 'changelogs/common/depthboundincludeall/a/b/c/d/e/f/f.xml', NOW(), 113, '9:7703d4fabf20bf956987f318d8e9b300', 'output', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/includerelative/pathinclude1.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.relpathinclude1 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/includerelative/pathinclude1.changelog.xml', NOW(), 114, '9:99272c8b0cb3c784a607e2881ac4e079', 'createTable tableName=relpathinclude1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/includerelative/includeAll/pathinclude2.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.relpathinclude2 (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/includerelative/includeAll/pathinclude2.changelog.xml', NOW(), 115, '9:c12ab3cda6468b014fe0e7e5cafba2d0', 'createTable tableName=relpathinclude2', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::autocommitTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.autocommittest (id INTEGER);

INSERT INTO public.autocommittest (id) VALUES (1);

INSERT INTO public.autocommittest (id) VALUES (2);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('autocommitTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 116, '9:68ab57536f9f0d0f53fbb3e968e1488a', 'createTable tableName=autocommittest; insert tableName=autocommittest; insert tableName=autocommittest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::remarksTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.remarkstest (id INTEGER NOT NULL, CONSTRAINT remarkstest_pkey PRIMARY KEY (id));

COMMENT ON TABLE public.remarkstest IS 'Some remarks go here';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('remarksTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 117, '9:b7c4c857670b9b7166b13c85052d10ef', 'createTable tableName=remarkstest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::comma'Ttest::n'voxland
-- We are testing that 's are being escaped correctly
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.commatest (id INTEGER NOT NULL, CONSTRAINT commatest_pkey PRIMARY KEY (id));

COMMENT ON TABLE public.commatest IS 'Some ''ing remarks go here';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('comma''Ttest', 'n''voxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 118, '9:5b947e8d97dc899211febe8e8a813450', 'createTable tableName=commatest', 'We are testing that ''s are being escaped correctly', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::addColWithFK::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.commatest ADD fk_test INTEGER;

ALTER TABLE public.commatest ADD CONSTRAINT "fk_test_fk_addCol" FOREIGN KEY (fk_test) REFERENCES public.remarkstest (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('addColWithFK', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 119, '9:229fc3beb32edc7f6c1f17e70a0eada5', 'addColumn tableName=commatest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::addColWithFK-checkConstraint::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('addColWithFK-checkConstraint', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 120, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::modifySqlContextTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.newchangemodifysqltest (id INTEGER);

CREATE TABLE public.keepmodifysqltest (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('modifySqlContextTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 121, '9:4978ed11cbb3f62fb1a06e0db123f1d2', 'createTable tableName=changemodifysqltest; createTable tableName=keepmodifysqltest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::modifySqlContextTest1-keep::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('modifySqlContextTest1-keep', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 122, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::createTableWithDefault::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.default_val_computed (id INTEGER, testcol TIMESTAMP WITHOUT TIME ZONE DEFAULT NOW() NOT NULL, added_col TIMESTAMP WITHOUT TIME ZONE);

insert into default_val_computed (id) values (1);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableWithDefault', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 123, '9:0750b458b350cdb5af2e196a366c2890', 'createTable tableName=default_val_computed; sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::createTableWithDefault-checkConstraint::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.default_val_computed ALTER COLUMN  added_col SET DEFAULT NOW();

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableWithDefault-checkConstraint', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 124, '9:24fcaf0659f77d105175db7d868fe9e1', 'addDefaultValue columnName=added_col, tableName=default_val_computed', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::sqlFileTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

create table sqlfilerollback (id int);

create table sqlfilerollback2 (id int);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sqlFileTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 125, '9:968c8824b25903e6acd8b6cbb91a2f40', 'sqlFile path=rollbackinclude/createTables.sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset where/it/was.xml::movedFromTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."movedFromTest" (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('movedFromTest', 'nvoxland', 'where/it/was.xml', NOW(), 126, '9:2fd66fec7e4c01afeee5df80f2c578fb', 'createTable tableName=movedFromTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::datatable::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.datatable (col VARCHAR(255));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('datatable', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 127, '9:c70beefa3d9ea28cb6f035b4b4525466', 'createTable tableName=datatable', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::badSplitTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

insert into datatable (col) values ('a value with a ;')X

insert into datatable (col) values ('another value with a ;')X

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('badSplitTest', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 128, '9:e4c2c424559135227882f875151a6cfa', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

create table test1 (
  id int not null primary key,
  name varchar(255)
);

delete from test1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 129, '9:096f4c343438fc38b995ebf09ea3965d', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

insert into test1 (id, name) values (1, 'name 1');

insert into test1 (id, name) values (2, 'name 2');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'nvoxland', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 130, '9:2615b51798de1637a33d4a21c322a98f', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1-bar::ryan
SET SEARCH_PATH TO public, "$user","public";

create table bar_id (id integer);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1-bar', 'ryan', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 131, '9:3cd068becb7ef2105c2e26541006635b', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/sqlstyle/formatted.changelog.sql::1-foo::ryan
SET SEARCH_PATH TO public, "$user","public";

create table foo_id (id integer);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1-foo', 'ryan', 'changelogs/common/sqlstyle/formatted.changelog.sql', NOW(), 132, '9:99312c4b75b53a2e6b74e965f962b129', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::commentTest2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

create table test_table (id int, name varchar(10));

insert into test_table values(1, 'hello');

insert into test_table values(2, 'hello');

insert into test_table values(4, 'hello');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('commentTest2', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 133, '9:696e789806ce3fb2ad4bdd2b9d1ed7cd', 'sql; sqlFile path=changelogs/common/commentTest.sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::commentTest2-test::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('commentTest2-test', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 134, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::test-mark-run::alexis
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.test_table (key numeric, value VARCHAR(50));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('test-mark-run', 'alexis', 'changelogs/common/common.tests.changelog.xml', NOW(), 135, '9:8385cd08f3d94674d87297a5662753d7', 'createTable tableName=test_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::seq-test::nvoxland
-- Database that don't support sequences will just continue on
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seqtestonall;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('seq-test', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 136, '9:97990896bc64715a6263b402b8e83f65', 'createSequence sequenceName=seqtestonall', 'Database that don''t support sequences will just continue on', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::seq-test-datatype::flautert
-- Database that don't support sequences datatype field will just continue on
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seqtestdatatypeonall AS int;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('seq-test-datatype', 'flautert', 'changelogs/common/common.tests.changelog.xml', NOW(), 137, '9:dafac61f158dcaf2197f6d552afde6ca', 'createSequence sequenceName=seqtestdatatypeonall', 'Database that don''t support sequences datatype field will just continue on', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::nvoxland::pending-some
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pendingtest (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nvoxland', 'pending-some', 'changelogs/common/common.tests.changelog.xml', NOW(), 138, '9:eba60eb6714bb735d362420cd274f9d2', 'createTable tableName=pendingtest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::nvoxland::pending-somea
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pendingtesta (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nvoxland', 'pending-somea', 'changelogs/common/common.tests.changelog.xml', NOW(), 139, '9:f265744a4a84b9d0b7afe802ed18154e', 'createTable tableName=pendingtesta', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::nvoxland::pending-someb
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.pendingtestb (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('nvoxland', 'pending-someb', 'changelogs/common/common.tests.changelog.xml', NOW(), 140, '9:172d195f081820c5e23e0b3456e45e9b', 'createTable tableName=pendingtestb', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::number-type::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.numbertest (id numeric);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('number-type', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 141, '9:c8e56ab1dd05719f1980a2c0624a92c0', 'createTable tableName=numbertest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::insertRecordWithSequence::dbiggs
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."insertTest" (id INTEGER NOT NULL, "stringValue" VARCHAR(10), CONSTRAINT "insertTest_pkey" PRIMARY KEY (id));

CREATE SEQUENCE  IF NOT EXISTS public."insertTest_seq";

INSERT INTO public."insertTest" (id, "stringValue") VALUES (nextval('public."insertTest_seq"'), 'testVal1');

INSERT INTO public."insertTest" (id, "stringValue") VALUES (nextval('public."insertTest_seq"'), 'testVal2');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('insertRecordWithSequence', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 142, '9:fe43f3349fe21dc4746d147009add0d0', 'createTable tableName=insertTest; createSequence sequenceName=insertTest_seq; insert tableName=insertTest; insert tableName=insertTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::testDeleteWithParameters::dbiggs
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.params_test (id INTEGER NOT NULL, string_value VARCHAR(10), CONSTRAINT params_test_pkey PRIMARY KEY (id));

INSERT INTO public.params_test (id, string_value) VALUES (1, 'testVal1');

INSERT INTO public.params_test (id, string_value) VALUES (2, 'testVal2');

DELETE FROM public.params_test WHERE string_value = 'testVal2';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('testDeleteWithParameters', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 143, '9:a5b8d302b158945457c4e0c8dea95e89', 'createTable tableName=params_test; insert tableName=params_test; insert tableName=params_test; delete tableName=params_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::verifyDeleteWithParameters::dbiggs
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('verifyDeleteWithParameters', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 144, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::updateWithParameters::dbiggs
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.params_test SET string_value = 'updatedVal' WHERE string_value='testVal1';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('updateWithParameters', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 145, '9:17e7d127b04f92f94c21dd8c3b5e6c19', 'update tableName=params_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::verifyUpdateWithParameters::dbiggs
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('verifyUpdateWithParameters', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 146, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::UpdateRecordWithSequence::dbiggs
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."updateWithSequenceTest" (id INTEGER NOT NULL, "stringValue" VARCHAR(10), CONSTRAINT "updateWithSequenceTest_pkey" PRIMARY KEY (id));

CREATE SEQUENCE  IF NOT EXISTS public."updateTest_seq";

INSERT INTO public."updateWithSequenceTest" (id, "stringValue") VALUES (nextval('public."updateTest_seq"'), 'testVal1');

UPDATE public."updateWithSequenceTest" SET id = currval('public."updateTest_seq"'), "stringValue" = 'testVal3' WHERE id=1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('UpdateRecordWithSequence', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 147, '9:6be639083bfbfa656e7cc1289c0cef2e', 'createTable tableName=updateWithSequenceTest; createSequence sequenceName=updateTest_seq; insert tableName=updateWithSequenceTest; update tableName=updateWithSequenceTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::AddSequenceNextValueAsDefault::dbiggs
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public."tableDefault_seq";

CREATE TABLE public."insertWithDefaultSeq" (id INTEGER DEFAULT nextval('public."tableDefault_seq"') NOT NULL, "stringValue" VARCHAR(10), CONSTRAINT "insertWithDefaultSeq_pkey" PRIMARY KEY (id));

INSERT INTO public."insertWithDefaultSeq" ("stringValue") VALUES ('testVal1');

INSERT INTO public."insertWithDefaultSeq" ("stringValue") VALUES ('testVal2');

CREATE TABLE public."tableToAddDefaultSeqTo" (id INTEGER NOT NULL, "stringValue" VARCHAR(10), CONSTRAINT "tableToAddDefaultSeqTo_pkey" PRIMARY KEY (id));

INSERT INTO public."tableToAddDefaultSeqTo" (id, "stringValue") VALUES (nextval('public."tableDefault_seq"'), 'testVal1');

ALTER TABLE public."tableToAddDefaultSeqTo" ALTER COLUMN  id SET DEFAULT nextval('public."tableDefault_seq"');

ALTER SEQUENCE public."tableDefault_seq" OWNED BY public."tableToAddDefaultSeqTo".id;

INSERT INTO public."insertWithDefaultSeq" ("stringValue") VALUES ('testVal2');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('AddSequenceNextValueAsDefault', 'dbiggs', 'changelogs/common/common.tests.changelog.xml', NOW(), 148, '9:5a87dd5e699a6889703a9b3d9299c262', 'createSequence sequenceName=tableDefault_seq; createTable tableName=insertWithDefaultSeq; insert tableName=insertWithDefaultSeq; insert tableName=insertWithDefaultSeq; createTable tableName=tableToAddDefaultSeqTo; insert tableName=tableToAddDefaul...', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::checkUtf8HandledCorrectly::Mohammad Nadeem
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.testutf8insert (stringvalue VARCHAR(10));

insert into testutf8insert (stringvalue) values ('€');

insert into testutf8insert (stringvalue) values ('£');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('checkUtf8HandledCorrectly', 'Mohammad Nadeem', 'changelogs/common/common.tests.changelog.xml', NOW(), 149, '9:e80e4a41d8fc25e595f3f25829c4aed6', 'createTable tableName=testutf8insert; sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::CORE-977-setup::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.instrument (name VARCHAR(3) NOT NULL, other INTEGER, CONSTRAINT instrument_pkey PRIMARY KEY (name));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('CORE-977-setup', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 150, '9:a2dff6cb85bba8471714d33e32adf801', 'createTable tableName=instrument', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::CORE-977::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
DO
$$
BEGIN
perform * from public.instrument WHERE name = 'AUD';
IF not found THEN
INSERT INTO public.instrument (name) VALUES ('AUD');
END IF;
END;
$$
LANGUAGE plpgsql;

DO
$$
BEGIN
perform * from public.instrument WHERE name = 'CAD';
IF not found THEN
INSERT INTO public.instrument (name) VALUES ('CAD');
END IF;
END;
$$
LANGUAGE plpgsql;

DO
$$
BEGIN
perform * from public.instrument WHERE name = 'CHF';
IF not found THEN
INSERT INTO public.instrument (name) VALUES ('CHF');
END IF;
END;
$$
LANGUAGE plpgsql;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('CORE-977', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 151, '9:7b4e567c3a1d0ddcfa70c1b096ce9426', 'loadUpdateData tableName=instrument', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::   id with spaces   ::  author with spaces
SMessage using stdout target
Message using stdout target
ET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.trailing_space_test (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('   id with spaces   ', '  author with spaces ', 'changelogs/common/common.tests.changelog.xml', NOW(), 152, '9:17089241b38ab7fe626016e2b62c984b', 'createTable tableName=trailing_space_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/included.yaml::included_yaml::nv
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.included_yaml (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('included_yaml', 'nv', 'changelogs/common/included.yaml', NOW(), 153, '9:ca21db4f84f7628200e383192634dec1', 'createTable tableName=included_yaml', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/included.json::included_json::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.included_json (id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('included_json', 'nvoxland', 'changelogs/common/included.json', NOW(), 154, '9:0a8c4cfa472fb5cce81d24c1d80df3c9', 'createTable tableName=included_json', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/included.sql::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

create table included_sql (
  id int not null primary key,
  name varchar(255)
);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/included.sql', NOW(), 155, '9:9d3bea5c5ef7343ffce1eff9df31bcd0', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::included-check::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('included-check', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 156, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::fk-bug-in-3.0.3::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fk-bug-in-3.0.3', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 157, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::timestamp_column_precisions3to6::abuschka
-- Test if we (and the JDBC driver) correctly fetch the number of fractional positions
--             in a TIMESTAMP column for databases that support it.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.test_timestamp_fractions ("timestampColumnDefault" TIMESTAMP WITHOUT TIME ZONE, "timestampColumnPrec3" TIMESTAMP(3) WITHOUT TIME ZONE, "timestampColumnPrec6" TIMESTAMP(6) WITHOUT TIME ZONE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('timestamp_column_precisions3to6', 'abuschka', 'changelogs/common/common.tests.changelog.xml', NOW(), 158, '9:165f2314f6200f897b4bfd5de3b176b1', 'createTable tableName=test_timestamp_fractions', 'Test if we (and the JDBC driver) correctly fetch the number of fractional positions
            in a TIMESTAMP column for databases that support it.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::windows_execute_command_test::abuschka
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
-- ping.exe 127.0.0.1 -n 1;

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
-- /bin/ls ;

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
-- /usr/bin/ls ;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('windows_execute_command_test', 'abuschka', 'changelogs/common/common.tests.changelog.xml', NOW(), 159, '9:dda43d0f1a5dcdf1655c515fb16593c1', 'executeCommand; executeCommand; executeCommand', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::drop_all_foreign_keys::abuschka
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.father_table1 (some_key INTEGER NOT NULL, some_value VARCHAR(200), CONSTRAINT pk_father1 PRIMARY KEY (some_key));

CREATE TABLE public.father_table2 (some_key INTEGER NOT NULL, some_value VARCHAR(200), CONSTRAINT pk_father2 PRIMARY KEY (some_key));

CREATE TABLE public.child_table (ref1 INTEGER, ref2 INTEGER, CONSTRAINT fk_ref2 FOREIGN KEY (ref2) REFERENCES public.father_table2(some_key), CONSTRAINT fk_ref1 FOREIGN KEY (ref1) REFERENCES public.father_table1(some_key));

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop_all_foreign_keys', 'abuschka', 'changelogs/common/common.tests.changelog.xml', NOW(), 160, '9:19ec52a772bc024e000424d0e4c76037', 'createTable tableName=father_table1; createTable tableName=father_table2; createTable tableName=child_table; dropAllForeignKeyConstraints baseTableName=child_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::verify_drop_all_foreign_keys::abuschka
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('verify_drop_all_foreign_keys', 'abuschka', 'changelogs/common/common.tests.changelog.xml', NOW(), 161, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::output messages::nvoxland
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('output messages', 'nvoxland', 'changelogs/common/common.tests.changelog.xml', NOW(), 162, '9:1839f4feae4f691f71814df6e7570e28', 'output; output; output', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::fkexists-without-table-setup::example
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE fkexists_table1 (
                id INT PRIMARY KEY
            );

CREATE TABLE fkexists_table2 (
                                             id INT,
                                             id2 INT,
                                             CONSTRAINT fkexists_1
                                                 FOREIGN KEY (id)
                                                     REFERENCES fkexists_table1 (id)
            );

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fkexists-without-table-setup', 'example', 'changelogs/common/common.tests.changelog.xml', NOW(), 163, '9:65ec887e9476965738e5d567d213ac52', 'sql; sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::fkexists-without-table-check::example
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.fkexists_table2 ADD CONSTRAINT fkexists_2 FOREIGN KEY (id2) REFERENCES public.fkexists_table1 (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fkexists-without-table-check', 'example', 'changelogs/common/common.tests.changelog.xml', NOW(), 164, '9:61cf657c67b068f96ec76afcb2d5a6cc', 'addForeignKeyConstraint baseTableName=fkexists_table2, constraintName=fkexists_2, referencedTableName=fkexists_table1', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::fkexists-without-table-check2::example
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('fkexists-without-table-check2', 'example', 'changelogs/common/common.tests.changelog.xml', NOW(), 165, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::example::view-if-exists
SET SEARCH_PATH TO public, "$user","public";

DROP VIEW IF EXISTS public.does_not_exist;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('example', 'view-if-exists', 'changelogs/common/common.tests.changelog.xml', NOW(), 166, '9:2a0d190bf615f56cd6b74e85dc29112f', 'dropView viewName=does_not_exist', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::relative-import::mallod
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.my_table (test_col INTEGER, other_col VARCHAR(100) NOT NULL, CONSTRAINT pk_other_col PRIMARY KEY (other_col));

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.my_table (test_col, other_col) VALUES (1+1, 'hi+5'),(5, 'there');

INSERT INTO public.my_table (test_col, other_col) VALUES (1 + 1, 'test');

UPDATE public.my_table SET test_col = 2 + 2;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('relative-import', 'mallod', 'changelogs/common/common.tests.changelog.xml', NOW(), 167, '9:01554f6c8018e0a9148a75c0f33569ed', 'createTable tableName=my_table; loadData tableName=my_table; insert tableName=my_table; update tableName=my_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::load-update-data-with-csv-file::mallod
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
DO
$$
BEGIN
UPDATE public.my_table SET test_col = 5+5 WHERE other_col = 'hi there';
IF not found THEN
INSERT INTO public.my_table (test_col, other_col) VALUES (5+5, 'hi there');
END IF;
END;
$$
LANGUAGE plpgsql;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('load-update-data-with-csv-file', 'mallod', 'changelogs/common/common.tests.changelog.xml', NOW(), 168, '9:9bd74d215a76d549705b71602bf4ccc0', 'loadUpdateData tableName=my_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::addColumn::kiran
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.my_table ADD new_column VARCHAR(50);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('addColumn', 'kiran', 'changelogs/common/common.tests.changelog.xml', NOW(), 169, '9:64c65c676ac765fa3468feb7003c44ef', 'addColumn tableName=my_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::prepare-rowCount::kzander91
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.empty_table (col VARCHAR(50));

CREATE TABLE public.single_row_table (col VARCHAR(50));

INSERT INTO public.single_row_table (col) VALUES ('row1');

CREATE TABLE public.multi_row_table (col VARCHAR(50));

INSERT INTO public.multi_row_table (col) VALUES ('row1');

INSERT INTO public.multi_row_table (col) VALUES ('row2');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('prepare-rowCount', 'kzander91', 'changelogs/common/common.tests.changelog.xml', NOW(), 170, '9:a214c4a7187f6653a1639924648d3c46', 'createTable tableName=empty_table; createTable tableName=single_row_table; insert tableName=single_row_table; createTable tableName=multi_row_table; insert tableName=multi_row_table; insert tableName=multi_row_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::check-rowCount::kzander91
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('check-rowCount', 'kzander91', 'changelogs/common/common.tests.changelog.xml', NOW(), 171, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::check-tableIsEmpty::kzander91
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('check-tableIsEmpty', 'kzander91', 'changelogs/common/common.tests.changelog.xml', NOW(), 172, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/common.tests.changelog.xml::check-uniqueConstraintExists::mpvvliet
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('check-uniqueConstraintExists', 'mpvvliet', 'changelogs/common/common.tests.changelog.xml', NOW(), 173, '9:d41d8cd98f00b204e9800998ecf8427e', 'empty', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/common/autoincrement.tests.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."addAutoIncColumnTest" ("notPK" INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/common/autoincrement.tests.changelog.xml', NOW(), 174, '9:55857dc829766faa339a8b14c69c70ef', 'createTable tableName=addAutoIncColumnTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::60::nvoxland
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
-- getmac /FO CSV;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('60', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 175, '9:ef4fba81682c97a45c8828ebf5f88b21', 'executeCommand', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::customTypes-test::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."customTypesTest" ("bigIntColumn" BIGINT, "bigSerialColumn" BIGINT GENERATED BY DEFAULT AS IDENTITY, "bitVarColumn" BIT VARYING(10), "doubleColumn" DOUBLE PRECISION, "realColumn" REAL);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('customTypes-test', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 176, '9:e0cdfd3dd5c3c1211d8d9ab794a85648', 'createTable tableName=customTypesTest', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::reservedWordTest::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."user" (id INTEGER, "like" VARCHAR(255), "group" VARCHAR(255));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('reservedWordTest', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 177, '9:d0975ea8b85a82bf2990cad5273c3241', 'createTable tableName=user', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::CORE-593::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.core593 (expired_at TIMESTAMP WITHOUT TIME ZONE DEFAULT '<timestamp>' NOT NULL);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('CORE-593', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 178, '9:949e3bf115346860784896a4f1c21bbf', 'createTable tableName=core593', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::2::renaud
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.cp1_table (id INTEGER NOT NULL, data VARCHAR(64) NOT NULL, CONSTRAINT cp1_table_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'renaud', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 179, '9:6370927ac7d7098d00086079b6c28058', 'createTable tableName=cp1_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::4::renaud
-- Auto increment the primary keys
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.cp1_table_id_seq;

ALTER TABLE public.cp1_table ALTER COLUMN  id SET NOT NULL;

ALTER TABLE public.cp1_table ALTER COLUMN  id SET DEFAULT nextval('public.cp1_table_id_seq');

ALTER SEQUENCE public.cp1_table_id_seq OWNED BY public.cp1_table.id;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('4', 'renaud', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 180, '9:c3369b810321c87b4c5f9eaf2800e17c', 'addAutoIncrement columnName=id, tableName=cp1_table', 'Auto increment the primary keys', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::issue-1212-parent::ssaliman
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.partition_parent (id BIGINT NOT NULL, parent_data VARCHAR(50), CONSTRAINT partition_parent_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('issue-1212-parent', 'ssaliman', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 181, '9:499e0ba00618ef618eebf100c148a1cf', 'createTable tableName=partition_parent', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::issue-1212-child::ssaliman
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.partitioned_child (partition_key TIMESTAMP WITHOUT TIME ZONE NOT NULL, parent_id BIGINT, some_data VARCHAR(2000), CONSTRAINT partitioned_child_pkey PRIMARY KEY (partition_key)) PARTITION BY RANGE (partition_key);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('issue-1212-child', 'ssaliman', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 182, '9:634fe816f8ea6e86e8b7db29d9f92fed', 'createTable tableName=partitioned_child', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::issue-1212-partition::ssaliman
SET SEARCH_PATH TO public, "$user","public";

create table partitioned_childp partition of partitioned_child default;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('issue-1212-partition', 'ssaliman', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 183, '9:a1e58d2d69a5cfa39f5b941d1ffe550e', 'sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::issue-1212-constraint::ssaliman
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.partitioned_child ADD CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES public.partition_parent (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('issue-1212-constraint', 'ssaliman', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 184, '9:2783b7314117c441edfc59183ab6827e', 'addForeignKeyConstraint baseTableName=partitioned_child, constraintName=fk_child_parent, referencedTableName=partition_parent', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::initially deferred PK::author
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.deferred_pk (id INTEGER NOT NULL, CONSTRAINT "abc_PK" PRIMARY KEY (id) INITIALLY DEFERRED DEFERRABLE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('initially deferred PK', 'author', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 185, '9:a9d0a915b8c28a8406eb9b2f7848a953', 'createTable tableName=deferred_pk', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::cluster-pk-check::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.cluster_table (id INTEGER);

ALTER TABLE public.cluster_table ADD CONSTRAINT cluster_pkey PRIMARY KEY (id);

CLUSTER public.cluster_table USING cluster_pkey;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('cluster-pk-check', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 186, '9:e291e7d3ceb7ac95e8d6478c2e19f909', 'createTable tableName=cluster_table; addPrimaryKey constraintName=cluster_pkey, tableName=cluster_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::not-clustered-pk-check::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.nocluster_table (id INTEGER);

ALTER TABLE public.nocluster_table ADD PRIMARY KEY (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('not-clustered-pk-check', 'nvoxland', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 187, '9:102411896f4a1cebe582abd5f73b1b4e', 'createTable tableName=nocluster_table; addPrimaryKey tableName=nocluster_table', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::serial-sequence-test-part1::fl
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.serial_sequence_test (id INTEGER GENERATED BY DEFAULT AS IDENTITY);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('serial-sequence-test-part1', 'fl', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 188, '9:597d10c5c9fa0054aa2c06e6096e7cc1', 'createTable tableName=serial_sequence_test', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::serial-sequence-test-part2::fl
SET SEARCH_PATH TO public, "$user","public";

ALTER SEQUENCE public.serial_sequence_test_id_seq RENAME TO new_test_id_seq;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('serial-sequence-test-part2', 'fl', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 189, '9:9765c0ef687f090718017d0b413fb40e', 'renameSequence newSequenceName=new_test_id_seq, oldSequenceName=serial_sequence_test_id_seq', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset empty::test-column-def-with-autoincrement-and-startWith::mallod
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public."test_col_def_autoIncrement_and_startWith" (id INTEGER GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 5));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('test-column-def-with-autoincrement-and-startWith', 'mallod', 'empty', NOW(), 190, '9:4e941ffee52528838a533dab68fb7669', 'createTable tableName=test_col_def_autoIncrement_and_startWith', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::uppercase-sequence-exists-create-prefixed::davidecavestro
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.PREFIX_SQ_TEST_UPPERCASE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('uppercase-sequence-exists-create-prefixed', 'davidecavestro', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 191, '9:88d97bde60f79d7a27bb9f641e485375', 'createSequence sequenceName=PREFIX_SQ_TEST_UPPERCASE', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::uppercase-sequence-exists-assert-prefixed::davidecavestro
SET SEARCH_PATH TO public, "$user","public";

DROP SEQUENCE public.SQ_TEST_UPPERCASE CASCADE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('uppercase-sequence-exists-assert-prefixed', 'davidecavestro', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 192, '9:2f96b877e81cb8a92e6cf774828f86f4', 'dropSequence sequenceName=SQ_TEST_UPPERCASE', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::uppercase-sequence-exists-create::davidecavestro
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.SQ_TEST_UPPERCASE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('uppercase-sequence-exists-create', 'davidecavestro', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 193, '9:b29c256f2c977cb48649f5fc0cf70d84', 'createSequence sequenceName=SQ_TEST_UPPERCASE', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::uppercase-sequence-exists-assert::davidecavestro
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.SQ_TEST_UPPERCASE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('uppercase-sequence-exists-assert', 'davidecavestro', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 194, '9:b29c256f2c977cb48649f5fc0cf70d84', 'createSequence sequenceName=SQ_TEST_UPPERCASE', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/complete/root.changelog.xml::createTableWithTimestampWithTimeZoneColumn::mallod
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.TEST_TABLE_WITH_TIMEZONE_COLUMN (ID BIGINT, CREATED TIMESTAMP(6) WITH TIME ZONE);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('createTableWithTimestampWithTimeZoneColumn', 'mallod', 'changelogs/pgsql/complete/root.changelog.xml', NOW(), 195, '9:8161e875852806f20748444f1032766c', 'createTable tableName=TEST_TABLE_WITH_TIMEZONE_COLUMN', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

