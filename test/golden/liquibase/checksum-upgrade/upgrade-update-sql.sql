SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Update Database Script
-- *********************************************************************
-- Change Log: changelogs/checksum-upgrade/changelog.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

UPDATE public.databasechangelog SET MD5SUM = '9:4b07fedaecf65f0443096af370927d3f' WHERE ID = 'typed' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:7ebc36554144f5343e4bce361082a3e9' WHERE ID = 'sql' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:8cf71d091e95ea512690f2e0a8bbab19' WHERE ID = 'sql-end-delimiter' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:c0fd768ce3ef344d9a4f671aed7a9285' WHERE ID = 'sql-file' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:726d4d71f53f67b1d6894820c19de40f' WHERE ID = 'dbms-targeted' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:11e6ca43f2c2945960e492f2dadd3b01' WHERE ID = 'view' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:41c96aac6e41b4a2fa454e87c6909a01' WHERE ID = 'view-from-file' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:c9f0686f1c46f8866fea104d7c2e85a0' WHERE ID = 'procedure' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:3a5aaaeb5cfe2a1f05cb52100a660ac9' WHERE ID = 'load-data' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:5a537e81cb907a9578edf8a29e8b817a' WHERE ID = 'modify-sql' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:37593722bb4bcbd7ede9e13a40683a3f' WHERE ID = 'tag' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/changelog.xml';

UPDATE public.databasechangelog SET MD5SUM = '9:1341af325d4c96befec696de7bbf9a11' WHERE ID = 'formatted-1' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/formatted.sql';

UPDATE public.databasechangelog SET MD5SUM = '9:8733805a3619d93ec62862c36f9de984' WHERE ID = 'formatted-2' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/checksum-upgrade/formatted.sql';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

