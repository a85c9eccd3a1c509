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
-- Change Log: changelogs/change-types/indexes-sequences.yaml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/indexes-sequences.yaml::table::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.item (id INTEGER NOT NULL, sku VARCHAR(40), name VARCHAR(100), price DECIMAL(12, 2), created TIMESTAMP WITHOUT TIME ZONE, CONSTRAINT item_pkey PRIMARY KEY (id));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 1, '9:a86b088c49d45831065f8289d9d59be2', 'createTable tableName=item', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/indexes-sequences.yaml::indexes::dbops
-- Unique, descending, multi-column and expression indexes.
SET SEARCH_PATH TO public, "$user","public";

CREATE UNIQUE INDEX ix_item_sku ON public.item(sku);

CREATE INDEX ix_item_price_created ON public.item(price DESC, created);

CREATE INDEX ix_item_lower_name ON public.item(lower(name));

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('indexes', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 2, '9:dd4de6f88c8d940475bab578b0f7dedf', 'createIndex indexName=ix_item_sku, tableName=item; createIndex indexName=ix_item_price_created, tableName=item; createIndex indexName=ix_item_lower_name, tableName=item', 'Unique, descending, multi-column and expression indexes.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/indexes-sequences.yaml::drop-index::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP INDEX public.ix_item_lower_name;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-index', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 3, '9:e190de4a2b8970b008423c52ec59cfc7', 'dropIndex indexName=ix_item_lower_name, tableName=item', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/indexes-sequences.yaml::sequences::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.seq_plain;

CREATE SEQUENCE  IF NOT EXISTS public.seq_full AS bigint START WITH 1000 INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 CACHE 5 CYCLE;

CREATE SEQUENCE  IF NOT EXISTS public.seq_small AS smallint START WITH -1 INCREMENT BY -1 MINVALUE -100 MAXVALUE -1;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('sequences', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 4, '9:d935f1b0f8866f2fa2093d069faf0796', 'createSequence sequenceName=seq_plain; createSequence sequenceName=seq_full; createSequence sequenceName=seq_small', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/indexes-sequences.yaml::alter-sequence::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER SEQUENCE public.seq_full INCREMENT BY 20 MINVALUE 10 MAXVALUE 9999999 CACHE 10 NO CYCLE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('alter-sequence', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 5, '9:de6032f3c327ed58bb232377623791e2', 'alterSequence sequenceName=seq_full', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/indexes-sequences.yaml::rename-sequence::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER SEQUENCE public.seq_plain RENAME TO seq_renamed;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rename-sequence', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 6, '9:3b29117b1ca7c7f72b4198b3bc9ec98c', 'renameSequence newSequenceName=seq_renamed, oldSequenceName=seq_plain', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/indexes-sequences.yaml::drop-sequence::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP SEQUENCE public.seq_small CASCADE;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-sequence', 'dbops', 'changelogs/change-types/indexes-sequences.yaml', NOW(), 7, '9:c7bcb6db881980395dbeea021409b7c2', 'dropSequence sequenceName=seq_small', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

