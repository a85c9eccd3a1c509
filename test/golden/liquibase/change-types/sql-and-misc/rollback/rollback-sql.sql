SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 8 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/sql-and-misc.json
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::tag-2::dbops
DELETE FROM public.databasechangelog WHERE ID = 'tag-2' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::output::dbops
DELETE FROM public.databasechangelog WHERE ID = 'output' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::no-changes::dbops
DELETE FROM public.databasechangelog WHERE ID = 'no-changes' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::empty::dbops
DELETE FROM public.databasechangelog WHERE ID = 'empty' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::tag::dbops
DELETE FROM public.databasechangelog WHERE ID = 'tag' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::modify-sql::dbops
DROP TABLE public.modified;

DELETE FROM public.databasechangelog WHERE ID = 'modify-sql' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::sql-files::dbops
DROP FUNCTION note_count();

DELETE FROM public.note;

DELETE FROM public.databasechangelog WHERE ID = 'sql-files' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Rolling Back ChangeSet: changelogs/change-types/sql-and-misc.json::table::dbops
DROP TABLE note;

DELETE FROM public.databasechangelog WHERE ID = 'table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/sql-and-misc.json';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

