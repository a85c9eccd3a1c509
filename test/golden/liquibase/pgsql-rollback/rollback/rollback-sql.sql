SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 18 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/pgsql/rollback/rollbackable.changelog.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::18::nvoxland
ALTER TABLE public.publication DROP CONSTRAINT uq_publication_title;

DELETE FROM public.databasechangelog WHERE ID = '18' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::17::nvoxland
ALTER TABLE public.page DROP CONSTRAINT pk_page;

DELETE FROM public.databasechangelog WHERE ID = '17' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::16::nvoxland
DROP TABLE public.page;

DELETE FROM public.databasechangelog WHERE ID = '16' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::15::nvoxland
ALTER TABLE public.publication ALTER COLUMN isbn DROP DEFAULT;

DELETE FROM public.databasechangelog WHERE ID = '15' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::14::nvoxland
ALTER TABLE public.publication DROP CONSTRAINT FK_PUBLICATION_ISBN;

DROP TABLE public.isbn;

DELETE FROM public.databasechangelog WHERE ID = '14' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::13::nvoxland
ALTER TABLE public.article DROP CONSTRAINT fk_article_publication;

DELETE FROM public.databasechangelog WHERE ID = '13' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::12::nvoxland
DROP TABLE public.article;

DELETE FROM public.databasechangelog WHERE ID = '12' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::11::nvoxland
ALTER TABLE public.v_publication RENAME TO "publicationView";

DELETE FROM public.databasechangelog WHERE ID = '11' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::10::nvoxland
DROP VIEW public."publicationView";

DELETE FROM public.databasechangelog WHERE ID = '10' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::9::nvoxland
DROP SEQUENCE public.seq_publication_id CASCADE;

DELETE FROM public.databasechangelog WHERE ID = '9' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::8::nvoxland
ALTER TABLE public.publication ALTER COLUMN  title DROP NOT NULL;

DELETE FROM public.databasechangelog WHERE ID = '8' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::7::nvoxland
ALTER TABLE public.publication DROP COLUMN pages;

DELETE FROM public.databasechangelog WHERE ID = '7' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::6::nvoxland
delete from publication;

DELETE FROM public.databasechangelog WHERE ID = '6' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::5::nvoxland
ALTER TABLE public.publication RENAME TO magazine;

DELETE FROM public.databasechangelog WHERE ID = '5' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::4::nvoxland
ALTER TABLE public.magazine RENAME COLUMN isbn TO sku;

DELETE FROM public.databasechangelog WHERE ID = '4' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::3::nvoxland
ALTER TABLE public.magazine ALTER COLUMN  title SET NOT NULL;

DELETE FROM public.databasechangelog WHERE ID = '3' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::2::nvoxland
DROP INDEX public.idx_magazine_sku;

ALTER TABLE public.magazine DROP COLUMN sku;

DELETE FROM public.databasechangelog WHERE ID = '2' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Rolling Back ChangeSet: changelogs/pgsql/rollback/rollbackable.changelog.xml::1::nvoxland
DROP TABLE public.magazine;

DELETE FROM public.databasechangelog WHERE ID = '1' AND AUTHOR = 'nvoxland' AND FILENAME = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

