SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback to 'baseline' Script
-- *********************************************************************
-- Change Log: changelogs/change-types/includes.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/includes.xml::long-description::dbops
DROP TABLE public.inc_long_name_number_four_abcdefghijklmnopqrstuvwxyz;

DROP TABLE public.inc_long_name_number_three_abcdefghijklmnopqrstuvwxyz;

DROP TABLE public.inc_long_name_number_two_abcdefghijklmnopqrstuvwxyz;

DROP TABLE public.inc_long_name_number_one_abcdefghijklmnopqrstuvwxyz;

DELETE FROM public.databasechangelog WHERE ID = 'long-description' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes.xml::drop-twin::dbops
CREATE TABLE public.inc_twin (id INTEGER);

DELETE FROM public.databasechangelog WHERE ID = 'drop-twin' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes.xml::valid-checksums::dbops
DROP TABLE public.inc_twin;

DELETE FROM public.databasechangelog WHERE ID = 'valid-checksums' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes.xml::run-always::dbops
DELETE FROM public.databasechangelog WHERE ID = 'run-always' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes.xml::attributes::dbops
DROP TABLE "public"."Inc_Quoted";

DELETE FROM public.databasechangelog WHERE ID = 'attributes' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/more/a-formatted.sql::more-formatted::dbops
DELETE FROM inc_root_v1 WHERE id = 20;

DELETE FROM public.databasechangelog WHERE ID = 'more-formatted' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/more/a-formatted.sql';

-- Rolling Back ChangeSet: changelogs/change-types/includes/all/nested/01-nested.xml::nested::dbops
DELETE FROM public.inc_root_v1 WHERE id = 14;

DELETE FROM public.databasechangelog WHERE ID = 'nested' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/all/nested/01-nested.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/all/02-second.xml::all-second::dbops
DELETE FROM public.inc_root_v1 WHERE id = 12;

DELETE FROM public.databasechangelog WHERE ID = 'all-second' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/all/02-second.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/all/01-first.yaml::all-first::dbops
DELETE FROM public.inc_root_v1 WHERE id = 11;

DELETE FROM public.databasechangelog WHERE ID = 'all-first' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/all/01-first.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/all/01-first.json::all-first-json::dbops
DELETE FROM public.inc_root_v1 WHERE id = 10;

DELETE FROM public.databasechangelog WHERE ID = 'all-first-json' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/all/01-first.json';

-- Rolling Back ChangeSet: db/formatted-logical.sql::formatted-logical::dbops
DELETE FROM inc_root_v1 WHERE id = 5;

DELETE FROM public.databasechangelog WHERE ID = 'formatted-logical' AND AUTHOR = 'dbops' AND FILENAME = 'db/formatted-logical.sql';

-- Rolling Back ChangeSet: windows/style/path.xml::own-logical::dbops
DELETE FROM public.inc_root_v1 WHERE id = 4;

DELETE FROM public.databasechangelog WHERE ID = 'own-logical' AND AUTHOR = 'dbops' AND FILENAME = 'windows/style/path.xml';

-- Rolling Back ChangeSet: db/logical-name.xml::logical::dbops
DELETE FROM public.inc_root_v1 WHERE id = 3;

DELETE FROM public.databasechangelog WHERE ID = 'logical' AND AUTHOR = 'dbops' AND FILENAME = 'db/logical-name.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/sub/relative.yaml::relative-no-context::dbops
DELETE FROM public.databasechangelog WHERE ID = 'relative-no-context' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/sub/relative.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/sub/relative.yaml::relative::dbops
DELETE FROM public.inc_root_v1 WHERE id = 2;

DELETE FROM public.databasechangelog WHERE ID = 'relative' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/sub/relative.yaml';

-- Rolling Back ChangeSet: changelogs/change-types/includes/plain.xml::plain::dbops
DELETE FROM public.inc_root_v1 WHERE id = 1;

DELETE FROM public.databasechangelog WHERE ID = 'plain' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes/plain.xml';

-- Rolling Back ChangeSet: changelogs/change-types/includes.xml::baseline::dbops
DELETE FROM public.databasechangelog WHERE ID = 'baseline' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/includes.xml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

