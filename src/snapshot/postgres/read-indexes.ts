import type { IndexColumn, IndexObject } from '../model.js';
// An expression's collation is not in the catalog; 100 (the database default) is what an
// expression on a text column gets, so only another collation is worth recording.
import { collationSql, commentJoin, optional, type CatalogContext } from './catalog-fragments.js';

export interface IndexRow {
  oid: string;
  relationOid: string;
  index: IndexObject;
}

/**
 * Indexes of tables and materialized views that do not back a primary key, unique or exclusion
 * constraint (those come with their constraint), in one query. Each key column is described
 * (column or expression, direction, non-default NULLS order, operator class and collation) so the
 * diff can tell a plain index, which Liquibase's createIndex expresses, from one that needs SQL.
 */
export async function readIndexes(ctx: CatalogContext): Promise<IndexRow[]> {
  const { caps } = ctx;
  const keyCount = caps.hasColumn('pg_index', 'indnkeyatts') ? 'i.indnkeyatts' : 'i.indnatts';
  const isPartition = caps.hasColumn('pg_class', 'relispartition') ? 'ic.relispartition' : 'false';
  const { rows } = await ctx.db.query<{
    oid: string; relation_oid: string; name: string; method: string; unique: boolean; definition: string;
    predicate: string | null; options: string[] | null; clustered: boolean; inherited: boolean; comment: string | null;
    keys: string[]; is_expression: boolean[]; descending: boolean[]; nulls_first: boolean[];
    opclasses: Array<string | null>; collations: Array<string | null>; include: string[];
  }>(
    `select i.indexrelid::text as oid, i.indrelid::text as relation_oid, ic.relname::text as name,
            am.amname::text as method, i.indisunique as unique,
            pg_catalog.pg_get_indexdef(i.indexrelid) as definition,
            pg_catalog.pg_get_expr(i.indpred, i.indrelid) as predicate,
            ic.reloptions::text[] as options,
            i.indisclustered as clustered,
            ${isPartition} as inherited,
            d.description as comment,
            array(select pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, true)
                    from generate_series(0, ${keyCount} - 1) k order by k) as keys,
            array(select i.indkey[k] = 0 from generate_series(0, ${keyCount} - 1) k order by k) as is_expression,
            array(select (i.indoption[k] & 1) <> 0 from generate_series(0, ${keyCount} - 1) k order by k) as descending,
            array(select (i.indoption[k] & 2) <> 0 from generate_series(0, ${keyCount} - 1) k order by k) as nulls_first,
            array(select case when not opc.opcdefault then
                           case when opn.nspname = 'pg_catalog' then pg_catalog.quote_ident(opc.opcname)
                                else pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname) end
                         end
                    from generate_series(0, ${keyCount} - 1) k
                    join pg_catalog.pg_opclass opc on opc.oid = i.indclass[k]
                    join pg_catalog.pg_namespace opn on opn.oid = opc.opcnamespace
                   order by k) as opclasses,
            array(select case when i.indcollation[k] = 0 then null
                              when att.attnum is null and i.indcollation[k] = 100 then null
                              when i.indcollation[k] in (att.attcollation,
                                     (select t.typcollation from pg_catalog.pg_type t where t.oid = att.atttypid)) then null
                              else ${collationSql('i.indcollation[k]')} end
                    from generate_series(0, ${keyCount} - 1) k
                    left join pg_catalog.pg_attribute att on att.attrelid = i.indrelid and att.attnum = i.indkey[k] and i.indkey[k] <> 0
                   order by k) as collations,
            array(select pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, true)
                    from generate_series(${keyCount}, i.indnatts - 1) k order by k) as include
       from pg_catalog.pg_index i
       join pg_catalog.pg_class ic on ic.oid = i.indexrelid
       join pg_catalog.pg_class tc on tc.oid = i.indrelid
       join pg_catalog.pg_namespace n on n.oid = tc.relnamespace
       join pg_catalog.pg_am am on am.oid = ic.relam
       ${commentJoin('d', 'pg_class', 'i.indexrelid')}
      where tc.relkind in ('r', 'p', 'm')
        and n.nspname = any($1::text[])
        and not exists (select 1 from pg_catalog.pg_constraint k
                         where k.conindid = i.indexrelid and k.conrelid = i.indrelid and k.contype in ('p', 'u', 'x'))
      order by i.indrelid, ic.relname`,
    [ctx.schemas],
  );
  return rows.map((row) => {
    const columns: IndexColumn[] = row.keys.map((key, k) => {
      const descending = row.descending[k] ?? false;
      const nullsFirst = row.nulls_first[k] ?? false;
      const column: IndexColumn = row.is_expression[k] ? { expression: key } : { name: unquoteIdentifier(key) };
      if (descending) column.descending = true;
      // DESC implies NULLS FIRST and ASC NULLS LAST: record the order only when it is not implied.
      if (nullsFirst !== descending) column.nullsFirst = nullsFirst;
      if (row.opclasses[k]) column.opclass = row.opclasses[k]!;
      if (row.collations[k]) column.collation = row.collations[k]!;
      return column;
    });
    const index: IndexObject = {
      name: row.name,
      unique: row.unique,
      method: row.method,
      columns,
      include: row.include.map(unquoteIdentifier),
      predicate: optional(row.predicate),
      storageParameters: row.options && row.options.length > 0 ? [...row.options].sort() : undefined,
      definition: row.definition,
      clustered: row.clustered || undefined,
      inherited: row.inherited || undefined,
      comment: optional(row.comment),
    };
    return { oid: row.oid, relationOid: row.relation_oid, index };
  });
}

/** pg_get_indexdef prints a key column as a possibly quoted identifier; the model stores names. */
function unquoteIdentifier(text: string): string {
  return /^".*"$/s.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text;
}
