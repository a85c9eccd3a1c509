SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 8 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/views-procedures.yaml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::drop-procedure::dbops
CREATE OR REPLACE PROCEDURE reset_prices()
LANGUAGE sql
AS $$ UPDATE item SET price = 0 $$;

DELETE FROM public.databasechangelog WHERE ID = 'drop-procedure' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::procedures::dbops
DROP PROCEDURE bump_price;

DROP PROCEDURE reset_prices;

DELETE FROM public.databasechangelog WHERE ID = 'procedures' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::drop-view::dbops
CREATE VIEW public.priced_items AS SELECT id, price FROM item;

DELETE FROM public.databasechangelog WHERE ID = 'drop-view' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::rename-view::dbops
ALTER TABLE public.bargain_items RENAME TO cheap_items;

DELETE FROM public.databasechangelog WHERE ID = 'rename-view' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::full-definition-view::dbops
DROP VIEW public.priced_items;

DELETE FROM public.databasechangelog WHERE ID = 'full-definition-view' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::replace-view::dbops
DROP VIEW public.item_names;

CREATE VIEW public.item_names AS SELECT name FROM item;

DELETE FROM public.databasechangelog WHERE ID = 'replace-view' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::views::dbops
DROP VIEW public.item_names;

DROP VIEW public.active_items;

DROP VIEW public.cheap_items;

DELETE FROM public.databasechangelog WHERE ID = 'views' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/views-procedures.yaml::table::dbops
DROP TABLE public.item;

DELETE FROM public.databasechangelog WHERE ID = 'table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/views-procedures.yaml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

