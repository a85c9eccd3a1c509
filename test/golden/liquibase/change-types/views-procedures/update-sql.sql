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
-- Change Log: changelogs/change-types/views-procedures.yaml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Changeset changelogs/change-types/views-procedures.yaml::table::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE TABLE public.item (id INTEGER NOT NULL, sku VARCHAR(40), name VARCHAR(100), price numeric(12, 2) DEFAULT 0, CONSTRAINT item_pkey PRIMARY KEY (id));

INSERT INTO public.item (id, sku, name, price) VALUES (1, 'A-1', 'Apple', 1.25);

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('table', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 1, '9:3a5ac9baff255583b448e08c7271169f', 'createTable tableName=item; insert tableName=item', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::views::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE VIEW public.cheap_items AS SELECT id, name FROM item WHERE price < 10;

COMMENT ON VIEW public.cheap_items IS 'Items under ten';

CREATE VIEW public.active_items AS -- A view body read from a file: price > 0 is expanded when read through createView's path.
SELECT id, sku, name
  FROM item
 WHERE price > 0;

CREATE OR REPLACE VIEW public.item_names AS SELECT name
  FROM item;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('views', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 2, '9:9ec9b75b449e1ed824a547ad8f56ddf1', 'createView viewName=cheap_items; createView path=sql/active_items.sql, viewName=active_items; createView viewName=item_names', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::replace-view::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE OR REPLACE VIEW public.item_names AS SELECT name, sku FROM item;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('replace-view', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 3, '9:3cb440015155c0fcb615969e4f912dc7', 'createView viewName=item_names', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::full-definition-view::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE VIEW priced_items AS SELECT id, price FROM item;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('full-definition-view', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 4, '9:ed2fc6e611d99992c16da2466d7dc5e5', 'createView viewName=priced_items', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::rename-view::dbops
SET SEARCH_PATH TO public, "$user","public";

ALTER TABLE public.cheap_items RENAME TO bargain_items;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('rename-view', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 5, '9:f4a115a476d414d298b312756bcad390', 'renameView newViewName=bargain_items, oldViewName=cheap_items', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::drop-view::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP VIEW IF EXISTS public.priced_items;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-view', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 6, '9:fd0dc80b2c32038b2cb0e9d22397179e', 'dropView viewName=priced_items', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::procedures::dbops
SET SEARCH_PATH TO public, "$user","public";

CREATE OR REPLACE PROCEDURE bump_price(amount numeric)
LANGUAGE plpgsql
AS $$
BEGIN
    -- a comment inside the body; with a semicolon
    UPDATE item SET price = price + amount;
END;
$$;

CREATE OR REPLACE PROCEDURE reset_prices()
LANGUAGE sql
AS $$ UPDATE item SET price = 0 $$;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('procedures', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 7, '9:a7bb1f0d7c96a4e2d5b218087372fd41', 'createProcedure path=sql/bump_price.sql, procedureName=bump_price; createProcedure procedureName=reset_prices; createProcedure procedureName=never_here', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Changeset changelogs/change-types/views-procedures.yaml::drop-procedure::dbops
SET SEARCH_PATH TO public, "$user","public";

DROP PROCEDURE public.reset_prices;

INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('drop-procedure', 'dbops', 'changelogs/change-types/views-procedures.yaml', NOW(), 8, '9:2cd7fe9f68e86ec495a2144b3abc246c', 'dropProcedure procedureName=reset_prices', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment_id>');

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

