SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 8 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/preconditions.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::modify-sql-labels::dbops
DROP TABLE public.pre_modified;

DELETE FROM public.databasechangelog WHERE ID = 'modify-sql-labels' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::sql-output::dbops
DELETE FROM public.pre_empty;

DELETE FROM public.databasechangelog WHERE ID = 'sql-output' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::not-dbms-mark-ran::dbops
DELETE FROM public.databasechangelog WHERE ID = 'not-dbms-mark-ran' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::error-mark-ran::dbops
DELETE FROM public.databasechangelog WHERE ID = 'error-mark-ran' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::fail-warn::dbops
DROP TABLE public.pre_warned;

DELETE FROM public.databasechangelog WHERE ID = 'fail-warn' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::fail-mark-ran::dbops
DELETE FROM public.databasechangelog WHERE ID = 'fail-mark-ran' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::all-pass::dbops
DROP TABLE public.pre_passed;

DELETE FROM public.databasechangelog WHERE ID = 'all-pass' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Rolling Back ChangeSet: changelogs/change-types/preconditions.xml::objects::dbops
DROP VIEW public.pre_view;

DROP SEQUENCE public.pre_seq CASCADE;

DROP TABLE public.pre_empty;

DROP TABLE public.pre_child;

DROP TABLE public.pre_parent;

DELETE FROM public.databasechangelog WHERE ID = 'objects' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/preconditions.xml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

