SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 17 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/tables.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::drop-table::dbops
DELETE FROM public.databasechangelog WHERE ID = 'drop-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::drop-columns::dbops
ALTER TABLE public.ct_person ADD money_col DECIMAL;

ALTER TABLE public.ct_person ADD at_time time WITHOUT TIME ZONE;

DELETE FROM public.databasechangelog WHERE ID = 'drop-columns' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::drop-column::dbops
ALTER TABLE public.ct_person ADD flag CHAR(1) DEFAULT 'Y';

DELETE FROM public.databasechangelog WHERE ID = 'drop-column' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::rename-table::dbops
ALTER TABLE public.ct_scratchpad RENAME TO ct_scratch;

DELETE FROM public.databasechangelog WHERE ID = 'rename-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::remarks::dbops
COMMENT ON TABLE ct_address IS NULL;

COMMENT ON COLUMN ct_address.zip IS NULL;

COMMENT ON COLUMN ct_other.audit.at IS NULL;

DELETE FROM public.databasechangelog WHERE ID = 'remarks' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::drop-default-value::dbops
ALTER TABLE public.ct_address ALTER COLUMN  city SET DEFAULT 'Nowhere';

DELETE FROM public.databasechangelog WHERE ID = 'drop-default-value' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::default-values::dbops
ALTER TABLE public.ct_person ALTER COLUMN alias DROP DEFAULT;

ALTER TABLE public.ct_person ALTER COLUMN level DROP DEFAULT;

ALTER TABLE public.ct_person ALTER COLUMN  active SET DEFAULT TRUE;

ALTER TABLE public.ct_person ALTER COLUMN joined DROP DEFAULT;

ALTER TABLE public.ct_address ALTER COLUMN line1 DROP DEFAULT;

DELETE FROM public.databasechangelog WHERE ID = 'default-values' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::drop-not-null::dbops
ALTER TABLE public.ct_person ALTER COLUMN  alias SET NOT NULL;

DELETE FROM public.databasechangelog WHERE ID = 'drop-not-null' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::not-null::dbops
ALTER TABLE public.ct_address ALTER COLUMN  line1 DROP NOT NULL;

ALTER TABLE public.ct_person ALTER COLUMN  alias DROP NOT NULL;

DELETE FROM public.databasechangelog WHERE ID = 'not-null' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::modify-data-type::dbops
ALTER TABLE public.ct_person ALTER COLUMN alias TYPE VARCHAR(50) USING (alias::VARCHAR(50));

DELETE FROM public.databasechangelog WHERE ID = 'modify-data-type' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::rename-column::dbops
ALTER TABLE public.ct_person RENAME COLUMN alias TO nickname;

DELETE FROM public.databasechangelog WHERE ID = 'rename-column' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::add-columns::dbops
ALTER TABLE ct_other.audit DROP COLUMN note;

ALTER TABLE public.ct_person ALTER COLUMN country DROP DEFAULT;

ALTER TABLE public.ct_person DROP COLUMN nickname;

ALTER TABLE public.ct_person DROP COLUMN country;

ALTER TABLE public.ct_person DROP COLUMN level;

ALTER TABLE public.ct_person DROP COLUMN joined;

DELETE FROM public.databasechangelog WHERE ID = 'add-columns' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::unlogged-table::dbops
DROP TABLE public.ct_scratch;

DELETE FROM public.databasechangelog WHERE ID = 'unlogged-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::other-schema-table::dbops
DROP TABLE ct_other.audit;

DELETE FROM public.databasechangelog WHERE ID = 'other-schema-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::address::dbops
DROP TABLE public.ct_address;

DELETE FROM public.databasechangelog WHERE ID = 'address' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::person::dbops
DROP TABLE public.ct_person;

DELETE FROM public.databasechangelog WHERE ID = 'person' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Rolling Back ChangeSet: changelogs/change-types/tables.xml::schema::dbops
DROP SCHEMA ct_other;

DELETE FROM public.databasechangelog WHERE ID = 'schema' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/tables.xml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

