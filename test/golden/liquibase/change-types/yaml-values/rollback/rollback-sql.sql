SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 4 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/yaml-values.yaml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/yaml-values.yaml::yaml-column::dbops
ALTER TABLE public.yv_thing DROP COLUMN score;

ALTER TABLE public.yv_thing ALTER COLUMN  ratio SET DEFAULT 1;

DELETE FROM public.databasechangelog WHERE ID = 'yaml-column' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/yaml-values.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/yaml-values.yaml::yaml-sequence::dbops
DROP SEQUENCE public.yv_seq CASCADE;

DELETE FROM public.databasechangelog WHERE ID = 'yaml-sequence' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/yaml-values.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/yaml-values.yaml::yaml-insert::dbops
DELETE FROM public.yv_thing WHERE id = 1;

DELETE FROM public.databasechangelog WHERE ID = 'yaml-insert' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/yaml-values.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/yaml-values.yaml::yaml-table::dbops
DROP TABLE public.yv_thing;

DELETE FROM public.databasechangelog WHERE ID = 'yaml-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/yaml-values.yaml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

