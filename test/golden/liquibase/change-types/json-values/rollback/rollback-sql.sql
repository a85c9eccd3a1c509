SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 3 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/json-values.json
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/json-values.json::json-index::dbops
DROP INDEX public.ix_jv_price;

DELETE FROM public.databasechangelog WHERE ID = 'json-index' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/json-values.json';

-- Rolling Back ChangeSet: changelogs/change-types/json-values.json::json-insert::dbops
DELETE FROM public.jv_thing;

DELETE FROM public.databasechangelog WHERE ID = 'json-insert' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/json-values.json';

-- Rolling Back ChangeSet: changelogs/change-types/json-values.json::json-table::dbops
DROP TABLE public.jv_thing;

DELETE FROM public.databasechangelog WHERE ID = 'json-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/json-values.json';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

