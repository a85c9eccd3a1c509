SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 6 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/data.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/data.xml::load-update-data::dbops
DELETE FROM public.region WHERE code = 'AS';

UPDATE public.region SET label = 'Europe', rank = 1 WHERE code = 'EU';

DELETE FROM public.databasechangelog WHERE ID = 'load-update-data' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/data.xml';

-- Rolling Back ChangeSet: changelogs/change-types/data.xml::load-data::dbops
DELETE FROM public.product;

DELETE FROM public.region;

DELETE FROM public.databasechangelog WHERE ID = 'load-data' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/data.xml';

-- Rolling Back ChangeSet: changelogs/change-types/data.xml::delete::dbops
INSERT INTO public.event (kind) VALUES ('');

DELETE FROM public.databasechangelog WHERE ID = 'delete' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/data.xml';

-- Rolling Back ChangeSet: changelogs/change-types/data.xml::update::dbops
UPDATE public.event SET region = 'EU';

DELETE FROM public.databasechangelog WHERE ID = 'update' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/data.xml';

-- Rolling Back ChangeSet: changelogs/change-types/data.xml::insert::dbops
DELETE FROM public.event;

DELETE FROM public.databasechangelog WHERE ID = 'insert' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/data.xml';

-- Rolling Back ChangeSet: changelogs/change-types/data.xml::tables::dbops
DROP SEQUENCE public.event_seq CASCADE;

DROP TABLE public.event;

DROP TABLE public.region;

DROP TABLE public.product;

DELETE FROM public.databasechangelog WHERE ID = 'tables' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/data.xml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

