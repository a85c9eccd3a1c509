import { collationSql, commentJoin, optional, type CatalogContext } from './catalog-fragments.js';

export interface ColumnRow {
  relationOid: string;
  /** attnum, for constraints that name columns by number. */
  number: number;
  name: string;
  type: string;
  notNull: boolean;
  /** The default expression, or the generation expression of a generated column. */
  expression?: string;
  /** `a` ALWAYS / `d` BY DEFAULT identity. */
  identity?: 'a' | 'd';
  /** `s` stored / `v` virtual generated column. */
  generated?: 's' | 'v';
  collation?: string;
  inherited: boolean;
  comment?: string;
}

/**
 * Columns of every table, view, materialized view and composite type of the selected schemas, in
 * column order, in one query.
 */
export async function readColumns(ctx: CatalogContext): Promise<ColumnRow[]> {
  const { caps } = ctx;
  const identity = caps.hasColumn('pg_attribute', 'attidentity') ? 'a.attidentity::text' : `''`;
  const generated = caps.hasColumn('pg_attribute', 'attgenerated') ? 'a.attgenerated::text' : `''`;
  const { rows } = await ctx.db.query<{
    relation_oid: string; number: number; name: string; type: string; not_null: boolean; expression: string | null;
    identity: string; generated: string; collation: string | null; local: boolean; comment: string | null;
  }>(
    `select a.attrelid::text as relation_oid, a.attnum::int as number, a.attname::text as name,
            pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
            a.attnotnull as not_null,
            pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) as expression,
            ${identity} as identity, ${generated} as generated,
            case when a.attcollation <> 0 and a.attcollation <> t.typcollation then ${collationSql('a.attcollation')} end as collation,
            a.attislocal as local,
            d.description as comment
       from pg_catalog.pg_attribute a
       join pg_catalog.pg_class c on c.oid = a.attrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_type t on t.oid = a.atttypid
       left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
       ${commentJoin('d', 'pg_class', 'a.attrelid', 'a.attnum')}
      where c.relkind in ('r', 'p', 'v', 'm', 'c') and a.attnum > 0 and not a.attisdropped
        and n.nspname = any($1::text[])
      order by a.attrelid, a.attnum`,
    [ctx.schemas],
  );
  return rows.map((row) => ({
    relationOid: row.relation_oid,
    number: row.number,
    name: row.name,
    type: row.type,
    notNull: row.not_null,
    expression: optional(row.expression),
    identity: row.identity === 'a' || row.identity === 'd' ? row.identity : undefined,
    generated: row.generated === 's' || row.generated === 'v' ? row.generated : undefined,
    collation: optional(row.collation),
    inherited: !row.local,
    comment: optional(row.comment),
  }));
}
