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
-- Change Log: changelogs/pgsql/rollback/rollbackable.changelog.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::1::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.magazine (id INTEGER NOT NULL, title VARCHAR(50), CONSTRAINT magazine_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 1, '9:6d2e4cf99aa62aa2f0f483df57a10029', 'createTable tableName=magazine', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::2::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.magazine ADD sku VARCHAR(50) NOT NULL;

CREATE INDEX idx_magazine_sku ON public.magazine(sku);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 2, '9:64e97167ec3da93a825286db8dbee2fe', 'addColumn tableName=magazine; createIndex indexName=idx_magazine_sku, tableName=magazine', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::3::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.magazine ALTER COLUMN  title DROP NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('3', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 3, '9:726f9f373e13038f786a5931ef4cec84', 'dropNotNullConstraint columnName=title, tableName=magazine', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::4::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.magazine RENAME COLUMN sku TO isbn;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('4', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 4, '9:a8e330e31d3a6180489f727996aa6f94', 'renameColumn newColumnName=isbn, oldColumnName=sku, tableName=magazine', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::5::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.magazine RENAME TO publication;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('5', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 5, '9:d0bf4ca8237698233408bf4f9a2699ad', 'renameTable newTableName=publication, oldTableName=magazine', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::6::nvoxland
-- Refactorings that can't be automatically rolled back can be custom rolled back with a "rollback" tag.
SET SEARCH_PATH TO public, "$user","public";

INSERT INTO public.publication (id, title, isbn) VALUES ('1', 'Refactoring Times', '12981-512712-512');

INSERT INTO public.publication (id, title, isbn) VALUES ('2', 'Databases Today', '51235-632-6232623');

INSERT INTO public.publication (id, title, isbn) VALUES ('3', 'Newsweek', '623-6623-332262');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('6', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 6, '9:5f3b40026523524071def437bb5a916c', 'insert tableName=publication; insert tableName=publication; insert tableName=publication', 'Refactorings that can''t be automatically rolled back can be custom rolled back with a "rollback" tag.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::7::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.publication ADD pages INTEGER;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('7', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 7, '9:3c0a4d6de727b1c8865ab47f36cd2b78', 'addColumn tableName=publication', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::8::nvoxland
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.publication SET title = '-1' WHERE title IS NULL;

ALTER TABLE public.publication ALTER COLUMN  title SET NOT NULL;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('8', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 8, '9:a9f1e0ca79d69a74b50079a83ee60e1a', 'addNotNullConstraint columnName=title, tableName=publication', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::9::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seq_publication_id;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('9', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 9, '9:7f0574fd65df89f706c9482f5e576a8f', 'createSequence sequenceName=seq_publication_id', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::10::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE VIEW public."publicationView" AS select title, isbn from publication;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('10', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 10, '9:6b098e07c475eff1287944697fe08733', 'createView viewName=publicationView', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::11::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public."publicationView" RENAME TO v_publication;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('11', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 11, '9:9823e25b0b7dbc7360d668a14e5c42c3', 'renameView newViewName=v_publication, oldViewName=publicationView', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::12::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.article (id INTEGER NOT NULL, title VARCHAR(255), publication_id INTEGER, CONSTRAINT article_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('12', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 12, '9:ed7ed079be313be024611eb752c06601', 'createTable tableName=article', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::13::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.article ADD CONSTRAINT fk_article_publication FOREIGN KEY (publication_id) REFERENCES public.publication (id) ON DELETE CASCADE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('13', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 13, '9:3e92923acf2af080c8d55632450d3d65', 'addForeignKeyConstraint baseTableName=article, constraintName=fk_article_publication, referencedTableName=publication', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::14::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.isbn AS SELECT DISTINCT isbn AS code FROM public.publication WHERE isbn IS NOT NULL;

ALTER TABLE public.isbn ALTER COLUMN  code SET NOT NULL;

ALTER TABLE public.isbn ADD PRIMARY KEY (code);

ALTER TABLE public.publication ADD CONSTRAINT FK_PUBLICATION_ISBN FOREIGN KEY (isbn) REFERENCES public.isbn (code);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('14', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 14, '9:2438f878dfae368dd5b0d60d9982ace6', 'addLookupTable existingColumnName=isbn, existingTableName=publication, newColumnName=code, newTableName=isbn', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::15::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.publication ALTER COLUMN  isbn SET DEFAULT '0000-0000';

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('15', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 15, '9:4d3feae36f36ec5919fc90c42d40f0ed', 'addDefaultValue columnName=isbn, tableName=publication', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::16::nvoxland
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.page (id INTEGER NOT NULL, text TEXT, magazine_id INTEGER);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('16', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 16, '9:41478ffc63e789311b7d02d7ede43b46', 'createTable tableName=page', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::17::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.page ADD CONSTRAINT pk_page PRIMARY KEY (id);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('17', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 17, '9:c3644500b4b77ae06539bd0740b8852c', 'addPrimaryKey constraintName=pk_page, tableName=page', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/pgsql/rollback/rollbackable.changelog.xml::18::nvoxland
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.publication ADD CONSTRAINT uq_publication_title UNIQUE (title);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('18', 'nvoxland', 'changelogs/pgsql/rollback/rollbackable.changelog.xml', NOW(), 18, '9:c8cce7d407fcae2e0deb31f55ad83172', 'addUniqueConstraint constraintName=uq_publication_title, tableName=publication', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

