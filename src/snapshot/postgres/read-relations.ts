import { commentJoin, notExtensionMember, optional, type CatalogContext } from './catalog-fragments.js';

export interface RelationRow {
  oid: string;
  schema: string;
  name: string;
  /** r table, p partitioned table, v view, m materialized view. */
  relkind: 'r' | 'p' | 'v' | 'm';
  unlogged: boolean;
  /** `RANGE (created_at)` for a partitioned table. */
  partitionKey?: string;
  /** Set for a partition. */
  partitionBound?: string;
  /** View definition (pg_get_viewdef, pretty). */
  viewDefinition?: string;
  options?: string[];
  comment?: string;
}

export interface InheritanceRow {
  childOid: string;
  parentSchema: string;
  parentName: string;
}

/** Tables, partitioned tables, views and materialized views of the selected schemas. */
export async function readRelations(ctx: CatalogContext): Promise<RelationRow[]> {
  const partitioned = ctx.caps.hasPartitioning;
  const { rows } = await ctx.db.query<{
    oid: string; schema: string; name: string; relkind: RelationRow['relkind']; persistence: string;
    partition_key: string | null; partition_bound: string | null; view_definition: string | null;
    options: string[] | null; comment: string | null;
  }>(
    `select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name, c.relkind::text as relkind,
            c.relpersistence::text as persistence,
            ${partitioned ? `case when c.relkind = 'p' then pg_catalog.pg_get_partkeydef(c.oid) end` : 'null::text'} as partition_key,
            ${partitioned ? `case when c.relispartition then pg_catalog.pg_get_expr(c.relpartbound, c.oid) end` : 'null::text'} as partition_bound,
            case when c.relkind in ('v', 'm') then pg_catalog.pg_get_viewdef(c.oid, true) end as view_definition,
            c.reloptions::text[] as options,
            d.description as comment
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       ${commentJoin('d', 'pg_class', 'c.oid')}
      where c.relkind in ('r', 'p', 'v', 'm')
        and n.nspname = any($1::text[])
        and ${notExtensionMember('pg_class', 'c.oid')}
      order by n.nspname, c.relname`,
    [ctx.schemas],
  );
  return rows.map((row) => ({
    oid: row.oid,
    schema: row.schema,
    name: row.name,
    relkind: row.relkind,
    unlogged: row.persistence === 'u',
    partitionKey: optional(row.partition_key),
    partitionBound: optional(row.partition_bound),
    viewDefinition: row.view_definition === null ? undefined : normalizeViewDefinition(row.view_definition),
    options: row.options && row.options.length > 0 ? [...row.options].sort() : undefined,
    comment: optional(row.comment),
  }));
}

/** Parents of every child table (partitions and classic inheritance), in declared order. */
export async function readInheritance(ctx: CatalogContext): Promise<InheritanceRow[]> {
  const { rows } = await ctx.db.query<{ child_oid: string; parent_schema: string; parent_name: string }>(
    `select i.inhrelid::text as child_oid, pn.nspname::text as parent_schema, pc.relname::text as parent_name
       from pg_catalog.pg_inherits i
       join pg_catalog.pg_class c on c.oid = i.inhrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_class pc on pc.oid = i.inhparent
       join pg_catalog.pg_namespace pn on pn.oid = pc.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = any($1::text[])
      order by i.inhrelid, i.inhseqno`,
    [ctx.schemas],
  );
  return rows.map((row) => ({ childOid: row.child_oid, parentSchema: row.parent_schema, parentName: row.parent_name }));
}

/**
 * pg_get_viewdef pretty-prints with a leading space and a trailing semicolon; neither is part of
 * the query, and keeping them would make createView text differ from what users write.
 */
export function normalizeViewDefinition(definition: string): string {
  return definition.trim().replace(/;$/, '').trimEnd();
}
