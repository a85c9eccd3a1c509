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
-- Change Log: changelogs/change-types/constraints.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/constraints.xml::tables::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.customer (id INTEGER, code VARCHAR(20), region VARCHAR(20), first_name VARCHAR(50), last_name VARCHAR(50), state VARCHAR(2));

CREATE TABLE public.orders (id INTEGER, customer_id INTEGER, customer_code VARCHAR(20), customer_region VARCHAR(20));

CREATE TABLE public.order_line (order_id INTEGER, line_no INTEGER, qty INTEGER);

INSERT INTO public.customer (id, code, region, first_name, last_name, state) VALUES (1, 'C1', 'EU', 'Ada', 'Lovelace', 'LN');

INSERT INTO public.customer (id, code, region, first_name, last_name, state) VALUES (2, 'C2', 'US', 'Grace', 'Hopper', 'NY');

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('tables', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 1, '9:9c69512d315847fbe45c75e6ed5ae4d2', 'createTable tableName=customer; createTable tableName=orders; createTable tableName=order_line; insert tableName=customer; insert tableName=customer', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::primary-keys::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.customer ADD CONSTRAINT pk_customer PRIMARY KEY (id);

ALTER TABLE public.orders ADD PRIMARY KEY (id);

ALTER TABLE public.order_line ADD CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('primary-keys', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 2, '9:99d27720a35121f47f1410e6c36839bb', 'addPrimaryKey constraintName=pk_customer, tableName=customer; addPrimaryKey tableName=orders; addPrimaryKey constraintName=pk_order_line, tableName=order_line', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::unique-constraints::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.customer ADD CONSTRAINT uq_customer_code_region UNIQUE (code, region);

ALTER TABLE public.orders ADD CONSTRAINT uq_orders_customer UNIQUE (customer_code, customer_region, id) DEFERRABLE INITIALLY DEFERRED;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('unique-constraints', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 3, '9:49af4b99ccce4c67e5faf2308d869615', 'addUniqueConstraint constraintName=uq_customer_code_region, tableName=customer; addUniqueConstraint constraintName=uq_orders_customer, tableName=orders', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::foreign-keys::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES public.customer (id) ON UPDATE RESTRICT ON DELETE CASCADE;

ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer_code FOREIGN KEY (customer_code, customer_region) REFERENCES public.customer (code, region) ON DELETE SET NULL DEFERRABLE;

ALTER TABLE public.order_line ADD CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES public.orders (id) ON DELETE CASCADE NOT VALID;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('foreign-keys', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 4, '9:761e86ba5b8c316e9c769f6376bd58b8', 'addForeignKeyConstraint baseTableName=orders, constraintName=fk_orders_customer, referencedTableName=customer; addForeignKeyConstraint baseTableName=orders, constraintName=fk_orders_customer_code, referencedTableName=customer; addForeignKeyConstra...', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::drop-foreign-key::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.orders DROP CONSTRAINT fk_orders_customer_code;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-foreign-key', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 5, '9:ef4acc0cf39a708da412fd17ddb1c34d', 'dropForeignKeyConstraint baseTableName=orders, constraintName=fk_orders_customer_code', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::drop-all-foreign-keys::dbops
SET SEARCH_PATH TO public, "$user","public";

-- WARNING The following SQL may change each run and therefore is possibly incorrect and/or invalid:
INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-all-foreign-keys', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 6, '9:6cbe5a422833f9468e4e66748b1a9de6', 'dropAllForeignKeyConstraints baseTableName=order_line', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::drop-unique-constraint::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.orders DROP CONSTRAINT uq_orders_customer;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-unique-constraint', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 7, '9:51f5fce33e5207cb91382f793b7d89a8', 'dropUniqueConstraint constraintName=uq_orders_customer, tableName=orders', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::drop-primary-key::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.order_line DROP CONSTRAINT pk_order_line;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-primary-key', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 8, '9:919f70c821e9136b26de8226fed10ffe', 'dropPrimaryKey constraintName=pk_order_line, tableName=order_line', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::lookup-table::dbops
-- Moves the distinct states into their own table with a foreign key to it.
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.state AS SELECT DISTINCT state AS code FROM public.customer WHERE state IS NOT NULL;

ALTER TABLE public.state ALTER COLUMN  code SET NOT NULL;

ALTER TABLE public.state ADD PRIMARY KEY (code);

ALTER TABLE public.customer ADD CONSTRAINT fk_customer_state FOREIGN KEY (state) REFERENCES public.state (code);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('lookup-table', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 9, '9:b8db22dbb1c9dd6e116e1865f9eba522', 'addLookupTable constraintName=fk_customer_state, existingColumnName=state, existingTableName=customer, newColumnName=code, newTableName=state', 'Moves the distinct states into their own table with a foreign key to it.', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::auto-increment::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE SEQUENCE  IF NOT EXISTS public.order_line_line_no_seq START WITH 10 INCREMENT BY 10;

ALTER TABLE public.order_line ALTER COLUMN  line_no SET NOT NULL;

ALTER TABLE public.order_line ALTER COLUMN  line_no SET DEFAULT nextval('public.order_line_line_no_seq');

ALTER SEQUENCE public.order_line_line_no_seq OWNED BY public.order_line.line_no;

CREATE SEQUENCE  IF NOT EXISTS public.orders_id_seq;

ALTER TABLE public.orders ALTER COLUMN  id SET NOT NULL;

ALTER TABLE public.orders ALTER COLUMN  id SET DEFAULT nextval('public.orders_id_seq');

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('auto-increment', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 10, '9:486187ae89442e502e596b7f596419ec', 'addAutoIncrement columnName=line_no, tableName=order_line; addAutoIncrement columnName=id, tableName=orders', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/constraints.xml::merge-columns::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.customer ADD full_name VARCHAR(101);

UPDATE public.customer SET full_name = first_name || ' ' || last_name;

ALTER TABLE public.customer DROP COLUMN first_name;

ALTER TABLE public.customer DROP COLUMN last_name;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('merge-columns', 'dbops', 'changelogs/change-types/constraints.xml', NOW(), 11, '9:4e250841a27ade17988e0c5139135f00', 'mergeColumns column1Name=first_name, column2Name=last_name, finalColumnName=full_name, tableName=customer', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

