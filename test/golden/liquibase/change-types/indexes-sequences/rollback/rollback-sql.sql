SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 7 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/indexes-sequences.yaml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::drop-sequence::dbops
CREATE SEQUENCE  IF NOT EXISTS public.seq_small AS smallint START WITH -1 INCREMENT BY -1 MINVALUE -100 MAXVALUE -1;

DELETE FROM public.databasechangelog WHERE ID = 'drop-sequence' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::rename-sequence::dbops
ALTER SEQUENCE public.seq_renamed RENAME TO seq_plain;

DELETE FROM public.databasechangelog WHERE ID = 'rename-sequence' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::alter-sequence::dbops
ALTER SEQUENCE public.seq_full INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 CACHE 5 CYCLE;

DELETE FROM public.databasechangelog WHERE ID = 'alter-sequence' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::sequences::dbops
DROP SEQUENCE public.seq_small CASCADE;

DROP SEQUENCE public.seq_full CASCADE;

DROP SEQUENCE public.seq_plain CASCADE;

DELETE FROM public.databasechangelog WHERE ID = 'sequences' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::drop-index::dbops
CREATE INDEX ix_item_lower_name ON public.item(lower(name));

DELETE FROM public.databasechangelog WHERE ID = 'drop-index' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::indexes::dbops
DROP INDEX public.ix_item_lower_name;

DROP INDEX public.ix_item_price_created;

DROP INDEX public.ix_item_sku;

DELETE FROM public.databasechangelog WHERE ID = 'indexes' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/indexes-sequences.yaml::table::dbops
DROP TABLE public.item;

DELETE FROM public.databasechangelog WHERE ID = 'table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/indexes-sequences.yaml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

