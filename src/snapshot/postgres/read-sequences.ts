import { commentJoin, notExtensionMember, optional, type CatalogContext } from './catalog-fragments.js';

export interface SequenceRow {
  oid: string;
  schema: string;
  name: string;
  dataType: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  /** `a`: OWNED BY a column (serial); `i`: the internal sequence of an identity column. */
  ownerKind?: 'a' | 'i';
  owner?: { oid: string; schema: string; table: string; column: string };
  comment?: string;
}

/**
 * Every sequence of the selected schemas with its options and owner, in one query: pg_sequence
 * where it exists (PostgreSQL 10+), information_schema.sequences otherwise (older servers and
 * wire-compatible engines; the cache size is not available there and reads as 1).
 */
export async function readSequences(ctx: CatalogContext): Promise<SequenceRow[]> {
  const options = ctx.caps.hasPgSequence
    ? {
        join: 'join pg_catalog.pg_sequence s on s.seqrelid = c.oid',
        columns: `pg_catalog.format_type(s.seqtypid, null) as data_type, s.seqstart::text as start,
                  s.seqincrement::text as increment, s.seqmin::text as min, s.seqmax::text as max,
                  s.seqcache::text as cache, s.seqcycle as cycle`,
      }
    : {
        join: `join information_schema.sequences s on s.sequence_schema = n.nspname and s.sequence_name = c.relname`,
        columns: `s.data_type::text as data_type, s.start_value::text as start, s.increment::text as increment,
                  s.minimum_value::text as min, s.maximum_value::text as max, '1' as cache,
                  s.cycle_option = 'YES' as cycle`,
      };
  const { rows } = await ctx.db.query<{
    oid: string; schema: string; name: string; data_type: string; start: string; increment: string; min: string;
    max: string; cache: string; cycle: boolean; owner_kind: string | null; owner_oid: string | null;
    owner_schema: string | null; owner_table: string | null; owner_column: string | null; comment: string | null;
  }>(
    `select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name, ${options.columns},
            dep.deptype::text as owner_kind, dep.refobjid::text as owner_oid,
            own_n.nspname::text as owner_schema, own_c.relname::text as owner_table, own_a.attname::text as owner_column,
            d.description as comment
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       ${options.join}
       left join pg_catalog.pg_depend dep
              on dep.classid = 'pg_catalog.pg_class'::regclass and dep.objid = c.oid
             and dep.refclassid = 'pg_catalog.pg_class'::regclass and dep.deptype in ('a', 'i')
       left join pg_catalog.pg_class own_c on own_c.oid = dep.refobjid
       left join pg_catalog.pg_namespace own_n on own_n.oid = own_c.relnamespace
       left join pg_catalog.pg_attribute own_a on own_a.attrelid = dep.refobjid and own_a.attnum = dep.refobjsubid
       ${commentJoin('d', 'pg_class', 'c.oid')}
      where c.relkind = 'S'
        and n.nspname = any($1::text[])
        and ${notExtensionMember('pg_class', 'c.oid')}
      order by n.nspname, c.relname`,
    [ctx.schemas],
  );
  return rows.map((row) => ({
    oid: row.oid,
    schema: row.schema,
    name: row.name,
    dataType: row.data_type,
    start: row.start,
    increment: row.increment,
    min: row.min,
    max: row.max,
    cache: row.cache,
    cycle: row.cycle,
    ownerKind: row.owner_kind === 'a' || row.owner_kind === 'i' ? row.owner_kind : undefined,
    owner:
      row.owner_oid && row.owner_schema && row.owner_table && row.owner_column
        ? { oid: row.owner_oid, schema: row.owner_schema, table: row.owner_table, column: row.owner_column }
        : undefined,
    comment: optional(row.comment),
  }));
}
