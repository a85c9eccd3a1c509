import type { Queryable } from '../../database/connection.js';

/**
 * One normal dependency between user objects, both ends reduced to the object that owns them:
 * `c:<oid>` a relation (a view's rewrite rule, a column default, a table constraint and an index
 * all reduce to their relation), `t:<oid>` a type (an array type reduces to its element type, a
 * table's row type to the table), `p:<oid>` a routine.
 */
export interface DependencyRow {
  dependent: string;
  referenced: string;
}

/**
 * The dependencies that order creation: a view on its tables, views and functions; a table on the
 * types of its columns, the sequences and functions in its defaults, checks and index
 * expressions; a domain on its base type; a routine on its argument types (and, for SQL-standard
 * bodies, on the tables it reads). Foreign keys are left out on purpose: they are created after
 * every table, so they never order tables (and two tables may reference each other).
 *
 * One query over pg_depend, restricted to objects created after initdb (oid >= 16384).
 */
export async function readDependencies(db: Queryable): Promise<DependencyRow[]> {
  const { rows } = await db.query<{ dependent: string | null; referenced: string | null }>(
    `with type_owner as (
       select t.oid,
              case when t.typrelid <> 0 and r.relkind <> 'c' then 'c:' || t.typrelid::text
                   when t.typcategory = 'A' and t.typelem <> 0 then 't:' || t.typelem::text
                   else 't:' || t.oid::text end as owner
         from pg_catalog.pg_type t left join pg_catalog.pg_class r on r.oid = t.typrelid
        where t.oid >= 16384
     )
     select distinct
            case d.classid
              when 'pg_catalog.pg_class'::regclass then
                (select case when c.relkind in ('i', 'I') then 'c:' || ix.indrelid::text
                             when c.relkind = 'c' then 't:' || c.reltype::text
                             else 'c:' || c.oid::text end
                   from pg_catalog.pg_class c left join pg_catalog.pg_index ix on ix.indexrelid = c.oid
                  where c.oid = d.objid)
              when 'pg_catalog.pg_rewrite'::regclass then
                (select 'c:' || r.ev_class::text from pg_catalog.pg_rewrite r where r.oid = d.objid)
              when 'pg_catalog.pg_attrdef'::regclass then
                (select 'c:' || a.adrelid::text from pg_catalog.pg_attrdef a where a.oid = d.objid)
              when 'pg_catalog.pg_constraint'::regclass then
                (select case when k.contype = 'f' then null
                             when k.conrelid <> 0 then 'c:' || k.conrelid::text
                             else 't:' || k.contypid::text end
                   from pg_catalog.pg_constraint k where k.oid = d.objid)
              when 'pg_catalog.pg_type'::regclass then (select o.owner from type_owner o where o.oid = d.objid)
              when 'pg_catalog.pg_proc'::regclass then 'p:' || d.objid::text
            end as dependent,
            case d.refclassid
              when 'pg_catalog.pg_class'::regclass then
                (select case when c.relkind = 'c' then 't:' || c.reltype::text else 'c:' || c.oid::text end
                   from pg_catalog.pg_class c where c.oid = d.refobjid)
              when 'pg_catalog.pg_type'::regclass then (select o.owner from type_owner o where o.oid = d.refobjid)
              when 'pg_catalog.pg_proc'::regclass then 'p:' || d.refobjid::text
            end as referenced
       from pg_catalog.pg_depend d
      where d.deptype = 'n' and d.objid >= 16384 and d.refobjid >= 16384`,
  );
  return rows
    .filter((row): row is DependencyRow => row.dependent !== null && row.referenced !== null && row.dependent !== row.referenced);
}
