SET SEARCH_PATH TO public, "$user","public";

SET SEARCH_PATH TO public, "$user","public";

-- Lock Database
UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '<lockedby>', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;

SET SEARCH_PATH TO public, "$user","public";

-- *********************************************************************
-- Rollback 11 Change(s) Script
-- *********************************************************************
-- Change Log: changelogs/change-types/constraints.xml
-- Ran at: <timestamp>
-- Against: root@jdbc:postgresql://127.0.0.1:5432/<database>
-- Liquibase version: 4.28.0
-- *********************************************************************

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::merge-columns::dbops
ALTER TABLE public.customer ADD first_name VARCHAR(50);

ALTER TABLE public.customer ADD last_name VARCHAR(50);

UPDATE customer SET first_name = split_part(full_name, ' ', 1), last_name = split_part(full_name, ' ', 2);

ALTER TABLE public.customer DROP COLUMN full_name;

DELETE FROM public.databasechangelog WHERE ID = 'merge-columns' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::auto-increment::dbops
ALTER TABLE order_line ALTER COLUMN line_no DROP DEFAULT;

DROP SEQUENCE order_line_line_no_seq;

ALTER TABLE orders ALTER COLUMN id DROP DEFAULT;

DROP SEQUENCE orders_id_seq;

DELETE FROM public.databasechangelog WHERE ID = 'auto-increment' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::lookup-table::dbops
ALTER TABLE public.customer DROP CONSTRAINT fk_customer_state;

DROP TABLE public.state;

DELETE FROM public.databasechangelog WHERE ID = 'lookup-table' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::drop-primary-key::dbops
ALTER TABLE public.order_line ADD CONSTRAINT pk_order_line PRIMARY KEY (order_id, line_no);

DELETE FROM public.databasechangelog WHERE ID = 'drop-primary-key' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::drop-unique-constraint::dbops
ALTER TABLE public.orders ADD CONSTRAINT uq_orders_customer UNIQUE (customer_code, customer_region, id) DEFERRABLE INITIALLY DEFERRED;

DELETE FROM public.databasechangelog WHERE ID = 'drop-unique-constraint' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::drop-all-foreign-keys::dbops
ALTER TABLE public.order_line ADD CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES public.orders (id) ON DELETE CASCADE NOT VALID;

DELETE FROM public.databasechangelog WHERE ID = 'drop-all-foreign-keys' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::drop-foreign-key::dbops
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer_code FOREIGN KEY (customer_code, customer_region) REFERENCES public.customer (code, region) ON DELETE SET NULL DEFERRABLE;

DELETE FROM public.databasechangelog WHERE ID = 'drop-foreign-key' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::foreign-keys::dbops
ALTER TABLE public.order_line DROP CONSTRAINT fk_line_order;

ALTER TABLE public.orders DROP CONSTRAINT fk_orders_customer_code;

ALTER TABLE public.orders DROP CONSTRAINT fk_orders_customer;

DELETE FROM public.databasechangelog WHERE ID = 'foreign-keys' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::unique-constraints::dbops
ALTER TABLE public.orders DROP CONSTRAINT uq_orders_customer;

ALTER TABLE public.customer DROP CONSTRAINT uq_customer_code_region;

DELETE FROM public.databasechangelog WHERE ID = 'unique-constraints' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::primary-keys::dbops
ALTER TABLE public.order_line DROP CONSTRAINT pk_order_line;

DO $$ DECLARE constraint_name varchar;
BEGIN
  SELECT tc.CONSTRAINT_NAME into strict constraint_name
    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'
      AND TABLE_NAME = 'orders' AND TABLE_SCHEMA = 'public';
    EXECUTE 'alter table public.orders drop constraint "' || constraint_name || '"';
END $$;

ALTER TABLE public.customer DROP CONSTRAINT pk_customer;

DELETE FROM public.databasechangelog WHERE ID = 'primary-keys' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Rolling Back ChangeSet: changelogs/change-types/constraints.xml::tables::dbops
DROP TABLE public.order_line;

DROP TABLE public.orders;

DROP TABLE public.customer;

DELETE FROM public.databasechangelog WHERE ID = 'tables' AND AUTHOR = 'dbops' AND FILENAME = 'changelogs/change-types/constraints.xml';

-- Release Database Lock
SET SEARCH_PATH TO public, "$user","public";

UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;

SET SEARCH_PATH TO public, "$user","public";

