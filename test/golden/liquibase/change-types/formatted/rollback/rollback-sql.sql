SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 11 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/formatted.sql
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::empty-rollback::dbops
DELETE FROM public.databasechangelog WHERE ID = 'empty-rollback' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::label-and-context::dbops
COMMENT ON COLUMN fs_item.name IS NULL;

DELETE FROM public.databasechangelog WHERE ID = 'label-and-context' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::not-h2::dbops
DROP VIEW fs_view;

DELETE FROM public.databasechangelog WHERE ID = 'not-h2' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::ignored-lines::dbops
DROP INDEX ix_fs_item_name;

DELETE FROM public.databasechangelog WHERE ID = 'ignored-lines' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::valid-checksum::dbops
COMMENT ON TABLE fs_item IS NULL;

DELETE FROM public.databasechangelog WHERE ID = 'valid-checksum' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::id with spaces::dbops:with-colon
ALTER TABLE fs_item DROP COLUMN note;

DELETE FROM public.databasechangelog WHERE ID = 'id with spaces' AND AUTHOR = 'dbops:with-colon' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::mark-ran::dbops
DELETE FROM public.databasechangelog WHERE ID = 'mark-ran' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::precondition::dbops
DELETE FROM fs_item WHERE id = 99;

DELETE FROM public.databasechangelog WHERE ID = 'precondition' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::function::dbops
DROP FUNCTION fs_count();

DELETE FROM public.databasechangelog WHERE ID = 'function' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::insert-rows::dbops
DELETE FROM fs_item WHERE id = 1;

DELETE FROM fs_item WHERE id = 2;

DELETE FROM public.databasechangelog WHERE ID = 'insert-rows' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/formatted.sql::create-table::dbops
DROP TABLE fs_item;

DELETE FROM public.databasechangelog WHERE ID = 'create-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/formatted.sql';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

